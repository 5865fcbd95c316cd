using System.Globalization;

namespace Sitrep.Ingest;

/// <summary>The one line that tells the user what ingest guessed or changed in a document's text (<see cref="IngestResult.Read.Notice"/>).</summary>
internal static class ReadNotice
{
    /// <param name="decodingGuess">How the bytes were decoded when that was a guess.</param>
    /// <param name="mojibakeRepaired">Whether double-encoded UTF-8 was repaired.</param>
    /// <param name="text">The text as stored: its U+FFFD stand for what could not be read (bytes of no encoding, lone surrogates).</param>
    public static string? Of(string? decodingGuess, bool mojibakeRepaired, string text)
    {
        var parts = new List<string>(3);
        if (decodingGuess is not null) parts.Add(decodingGuess);
        if (mojibakeRepaired) parts.Add("mojibake repaired (UTF-8 once read as Windows-1252)");
        var unreadable = text.AsSpan().Count('\uFFFD');
        if (unreadable > 0)
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{unreadable} unreadable character{(unreadable == 1 ? "" : "s")} (U+FFFD) in the text"));
        return parts.Count == 0 ? null : string.Join("; ", parts);
    }
}
