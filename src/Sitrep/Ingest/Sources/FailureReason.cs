using System.Text.Json;
using System.Xml;

namespace Sitrep.Ingest.Sources;

/// <summary>The one-line reason shown for an input that failed with an exception.</summary>
internal static class FailureReason
{
    public static string Of(Exception e) => e switch
    {
        UnreadableInputException => e.Message,
        FileNotFoundException or DirectoryNotFoundException => "no such file",
        UnauthorizedAccessException => "permission denied",
        IOException => $"cannot read: {FirstLine(e.Message)}",
        XmlException => $"malformed XML: {FirstLine(e.Message)}",
        JsonException => $"malformed JSON: {FirstLine(e.Message)}",
        _ => $"{e.GetType().Name}: {FirstLine(e.Message)}",
    };

    private static string FirstLine(string message)
    {
        var end = message.IndexOfAny(['\r', '\n']);
        return end < 0 ? message : message[..end];
    }
}
