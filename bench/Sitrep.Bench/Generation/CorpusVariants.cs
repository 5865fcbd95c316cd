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
/// stays a year near it, a day or an hour a small number in the same range, the minutes of "18h56" minutes, a count a
/// count of as many digits. One copy moves all its numbers of a kind alike (<see cref="NumberShift"/>), and a text whose
/// small numbers would not all stay in their ranges moves them the other way, so that what the text says of them still
/// holds: "les 27 et 28 octobre" stays two days in a row. The round clock of "24 heures sur 24" or "24h/24" stays as
/// written: moved, it would be a phrase no article writes, which the date model would be sent (fifteenth round).
/// </summary>
public static partial class CorpusVariants
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // ASCII digits only: \d would take other scripts' digits, which the model does not read as numbers.
    [GeneratedRegex("[0-9]+")]
    private static partial Regex Digits();

    [GeneratedRegex("24 ?h(eures?)?( sur |/)$")]
    private static partial Regex RoundClockBefore();

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
    public static string Nudge(string text, NumberShift shift)
    {
        var numbers = Digits().Matches(text);
        if (!SmallNumbersFit(text, numbers, shift.Small) && SmallNumbersFit(text, numbers, -shift.Small))
            shift = shift with { Small = -shift.Small };
        return Digits().Replace(text, m => Nudged(text, m, shift));
    }

    private static bool SmallNumbersFit(string text, MatchCollection numbers, int small) =>
        numbers.All(m => Kept(text, m) || RangeOf(text, m) is not { } range || range.Holds(Value(m) + small));

    private static long Value(Match number) => long.Parse(number.Value, CultureInfo.InvariantCulture);

    private static JsonObject Copy(Document document, int copy, NumberShift shift) => new()
    {
        ["id"] = $"{document.Id}~v{copy}",
        ["outlet"] = document.Outlet,
        ["published"] = document.Published?.ToString(),
        ["language"] = document.Language,
        ["title"] = document.Title is { } title ? Nudge(title, shift) : null,
        ["text"] = Nudge(document.Text, shift),
    };

    private static string Nudged(string text, Match number, NumberShift shift)
    {
        var digits = number.Value;
        if (Kept(text, number)) return digits;
        var value = Value(number);
        var format = new string('0', digits.Length);
        if (digits.Length == 4 && value is >= 1900 and < 2100) return (value + shift.Years).ToString(CultureInfo.InvariantCulture);
        if (RangeOf(text, number) is { } range)
            return Math.Clamp(value + shift.Small, range.Floor, range.Ceiling).ToString(format, CultureInfo.InvariantCulture);
        var lowest = digits[0] == '0' ? 0 : (long)Math.Pow(10, digits.Length - 1);
        var highest = (long)Math.Pow(10, digits.Length) - 1;
        var scaled = (long)Math.Round(value * shift.CountFactor);
        return Math.Clamp(scaled, lowest, highest).ToString(format, CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Zeros ("000" of "2.000", "00" of "18h00"), numbers too long for a long, and the round clock's 24 ("24 heures sur
    /// 24", "24h/24") stay as written.
    /// </summary>
    private static bool Kept(string text, Match number)
    {
        var digits = number.Value;
        if (digits.Length > 18 || digits.All(c => c == '0')) return true;
        if (digits != "24") return false;
        var after = text.AsSpan(number.Index + number.Length);
        return after.StartsWith("h") || after.StartsWith(" heure") || RoundClockBefore().IsMatch(text.AsSpan(0, number.Index));
    }

    /// <summary>
    /// The range a small number stays in: the minutes after "18h" or "18:" stay minutes, a month or an hour stays one, a
    /// day one that every month has; none for a year or a count.
    /// </summary>
    private static NumberRange? RangeOf(string text, Match number)
    {
        var at = number.Index;
        if (number.Length == 2 && at >= 2 && text[at - 1] is 'h' or 'H' or ':' && char.IsAsciiDigit(text[at - 2])) return new(0, 59);
        return Value(number) switch
        {
            > 31 => null,
            <= 12 => new(1, 12),
            <= 23 => new(1, 23),
            _ => new(1, 28),
        };
    }

    private readonly record struct NumberRange(long Floor, long Ceiling)
    {
        public bool Holds(long value) => value >= Floor && value <= Ceiling;
    }
}
