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
        JsonException json => $"malformed JSON{At(json)}: {WithoutPosition(FirstLine(e.Message))}",
        _ => $"{e.GetType().Name}: {FirstLine(e.Message)}",
    };

    // The line number is in the origin already; System.Text.Json's own counts lines from 0 within the one it read.
    private static string At(JsonException e) => e.BytePositionInLine is { } at ? $" at byte {at + 1} of the line" : "";

    private static string WithoutPosition(string message)
    {
        var position = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return position < 0 ? message : message[..position];
    }

    private static string FirstLine(string message)
    {
        var end = message.IndexOfAny(['\r', '\n']);
        return end < 0 ? message : message[..end];
    }
}
