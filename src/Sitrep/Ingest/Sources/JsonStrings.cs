using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Sitrep.Ingest.Sources;

/// <summary>
/// Reads a JSON string value even when it escapes a lone surrogate (<c>"\ud800"</c>), which
/// <see cref="JsonElement.GetString"/> refuses: the surrogate is kept, and cleaning makes it U+FFFD and says so,
/// as it does for a lone surrogate from any other input.
/// </summary>
internal static class JsonStrings
{
    public static string? Lenient(JsonElement value)
    {
        try
        {
            return value.GetString();
        }
        catch (InvalidOperationException)
        {
            return Unescape(value.GetRawText());
        }
    }

    /// <summary>The characters of a JSON string literal (quotes included) that the parser already found well formed.</summary>
    private static string Unescape(string literal)
    {
        var text = new StringBuilder(literal.Length);
        for (var i = 1; i < literal.Length - 1; i++)
        {
            if (literal[i] != '\\')
            {
                text.Append(literal[i]);
                continue;
            }
            var escaped = literal[++i];
            if (escaped == 'u')
            {
                text.Append((char)int.Parse(literal.AsSpan(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                i += 4;
                continue;
            }
            text.Append(escaped switch { 'b' => '\b', 'f' => '\f', 'n' => '\n', 'r' => '\r', 't' => '\t', _ => escaped });
        }
        return text.ToString();
    }
}
