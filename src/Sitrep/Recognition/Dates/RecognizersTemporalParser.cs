using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;

namespace Sitrep.Recognition.Dates;

/// <summary>
/// <see cref="ITemporalParser"/> over Microsoft.Recognizers.Text's date-time model. The model is built
/// once per instance; concurrent <c>Parse</c> calls on one model gave identical results in a
/// parallel stress run, so it is shared without a lock.
/// </summary>
public sealed class RecognizersTemporalParser : ITemporalParser
{
    private readonly DateTimeModel _model;

    public RecognizersTemporalParser(string language)
    {
        _model = new DateTimeRecognizer(Culture.MapToNearestLanguage(language)).GetDateTimeModel() as DateTimeModel
            ?? throw new InvalidOperationException($"No date-time model for language {language}");
    }

    /// <summary>How many times an expression the model got wrong is cut shorter and parsed again.</summary>
    private const int MaxRetries = 2;

    public IReadOnlyList<TemporalExpression> Parse(string window, System.DateTime reference)
    {
        var found = new List<TemporalExpression>();
        foreach (var (offset, piece) in ModelWindows.Pieces(window)) Collect(piece, offset, reference, MaxRetries, found);
        return found;
    }

    private void Collect(string text, int offset, System.DateTime reference, int retriesLeft, List<TemporalExpression> found)
    {
        foreach (var result in _model.Parse(text, reference))
        {
            // It reads "le 22 septembre, 43 civils" as 22 September 1943: no date runs across a comma.
            var comma = result.Text.IndexOf(',');
            if (comma > 0 && retriesLeft > 0)
            {
                Collect(text.Substring(result.Start, comma), offset + result.Start, reference, retriesLeft - 1, found);
                continue;
            }
            var (timex, mod) = FirstValue(result);
            if (timex is not null)
            {
                // The model's End is the index of the last character, not one past it.
                found.Add(new TemporalExpression(offset + result.Start, result.End - result.Start + 1, timex, mod));
                continue;
            }
            // It reads "le 22 novembre a été" as a season ("été") it cannot resolve: retry without the last word.
            var lastSpace = result.Text.TrimEnd().LastIndexOf(' ');
            if (retriesLeft > 0 && lastSpace > 0)
                Collect(text.Substring(result.Start, lastSpace), offset + result.Start, reference, retriesLeft - 1, found);
        }
    }

    private static (string? Timex, string? Mod) FirstValue(ModelResult result)
    {
        if (result.Resolution is null || !result.Resolution.TryGetValue("values", out var values)) return (null, null);
        if (values is not IEnumerable<object> list) return (null, null);
        // Every alternative of one expression shares its TIMEX; they differ only in the resolved value.
        var first = list.OfType<IDictionary<string, string>>().FirstOrDefault();
        if (first is null || !first.TryGetValue("timex", out var timex) || timex.Length == 0) return (null, null);
        return (timex, first.TryGetValue("Mod", out var mod) ? mod : null);
    }
}
