using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Sitrep.Model;

namespace Sitrep.Bench.Generation;

/// <summary>
/// Copies of a corpus of real articles (anything <c>sitrep run</c> reads), to measure real text at scale: in each copy every
/// number of the text is nudged, seeded, and the id gets a suffix. Exact copies would flatter the pipeline: the date
/// model keeps a cache of its results, so a window it has read before costs nearly nothing, where a real archive brings
/// new days and counts in every article (bench/RESULTS.md, fourteenth round). Nudged numbers keep their kind: a year
/// stays a year near it, a day or an hour a small number in the same range, a count a count of as many digits. One
/// copy moves all its numbers of a kind alike (<see cref="NumberShift"/>), so that what the text says of them still holds:
/// "les 26 et 27 octobre" stays two days in a row, "24 heures sur 24" the same number twice.
/// </summary>
public static partial class CorpusVariants
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // ASCII digits only: \d would take other scripts' digits, which the model does not read as numbers.
    [GeneratedRegex("[0-9]+")]
    private static partial Regex Digits();

    /// <summary>
    /// Writes <paramref name="copies"/> nudged copies of every document read (in the JSONL document-list format that
    /// <c>sitrep run</c> reads, with the text inline); returns how many articles it wrote.
    /// </summary>
    public static int Write(IEnumerable<Document> documents, string output, int copies, int seed)
    {
        var originals = documents.ToList();
        var random = new Random(seed);
        var temp = output + ".partial";
        using (var writer = new StreamWriter(temp, false, new UTF8Encoding(false)))
        {
            for (var copy = 0; copy < copies; copy++)
            {
                var shift = NumberShift.Draw(random);
                foreach (var document in originals)
                    writer.WriteLine(Copy(document, copy, shift).ToJsonString(Json));
            }
        }
        File.Move(temp, output, overwrite: true);
        return copies * originals.Count;
    }

    /// <summary>The text with each run of digits replaced by a number of the same kind, moved by <paramref name="shift"/>.</summary>
    public static string Nudge(string text, NumberShift shift) => Digits().Replace(text, m => Nudged(m.Value, shift));

    private static JsonObject Copy(Document document, int copy, NumberShift shift) => new()
    {
        ["id"] = $"{document.Id}~v{copy}",
        ["outlet"] = document.Outlet,
        ["published"] = document.Published?.ToString(),
        ["language"] = document.Language,
        ["title"] = document.Title is { } title ? Nudge(title, shift) : null,
        ["text"] = Nudge(document.Text, shift),
    };

    private static string Nudged(string digits, NumberShift shift)
    {
        // Zeros ("000" of "2.000", "00" of "18h00") and numbers too long for a long stay as written.
        if (digits.Length > 18 || digits.All(c => c == '0')) return digits;
        var value = long.Parse(digits, CultureInfo.InvariantCulture);
        if (digits.Length == 4 && value is >= 1900 and < 2100) return (value + shift.Years).ToString(CultureInfo.InvariantCulture);
        if (value <= 31)
        {
            // A month or an hour stays one, a day one that every month has.
            var ceiling = value <= 12 ? 12 : value <= 23 ? 23 : 28;
            var nudged = Math.Clamp(value + shift.Small, 1, ceiling);
            return nudged.ToString(new string('0', digits.Length), CultureInfo.InvariantCulture);
        }
        var lowest = digits[0] == '0' ? 0 : (long)Math.Pow(10, digits.Length - 1);
        var highest = (long)Math.Pow(10, digits.Length) - 1;
        var scaled = (long)Math.Round(value * shift.CountFactor);
        return Math.Clamp(scaled, lowest, highest).ToString(new string('0', digits.Length), CultureInfo.InvariantCulture);
    }
}
