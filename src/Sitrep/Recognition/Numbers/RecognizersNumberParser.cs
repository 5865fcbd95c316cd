using System.Globalization;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.Number;
using Sitrep.Recognition.Dates;

namespace Sitrep.Recognition.Numbers;

/// <summary>
/// <see cref="INumberParser"/> over Microsoft.Recognizers.Text's number model, built once per instance
/// and shared without a lock (concurrent parses gave identical results in a parallel stress run).
/// </summary>
public sealed class RecognizersNumberParser : INumberParser
{
    private readonly IModel _model;

    public RecognizersNumberParser(string language)
    {
        _model = new NumberRecognizer(Culture.MapToNearestLanguage(language)).GetNumberModel();
    }

    public IReadOnlyList<ParsedNumber> Parse(string window)
    {
        // The model groups thousands only with a plain space; the replacement keeps every offset.
        var plain = window.Replace('\u00A0', ' ').Replace('\u202F', ' ');
        var found = new List<ParsedNumber>();
        foreach (var (offset, piece) in ModelWindows.Pieces(plain))
        foreach (var result in _model.Parse(piece))
        {
            if (result.Resolution is null || !result.Resolution.TryGetValue("value", out var raw) || raw is not string text) continue;
            // French resolutions write the decimal comma: "2,5".
            if (!double.TryParse(text.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var value)) continue;
            // The model's End is the index of the last character, not one past it.
            found.Add(new ParsedNumber(offset + result.Start, result.End - result.Start + 1, value));
        }
        return found;
    }
}
