using System.Globalization;
using Sitrep.Resources;
using Sitrep.Text;

namespace Sitrep.Recognition.Numbers;

/// <summary>A vague figure in the text ("des dizaines") with its conservative value.</summary>
/// <param name="End">One past the phrase's last token.</param>
public sealed record VagueNumber(int First, int End, double Value, string Entry);

/// <summary>The phrases of <c>vague_numbers.tsv</c>: "des dizaines" 10, "une centaine" 100, as ACLED counts them.</summary>
public sealed class VagueNumbers
{
    private readonly PhraseTable<TsvRow> _phrases;

    private VagueNumbers(PhraseTable<TsvRow> phrases) => _phrases = phrases;

    public static VagueNumbers Load(string language)
    {
        var phrases = new PhraseTable<TsvRow>();
        var file = Path.Combine(ResourcePaths.Language(language), "vague_numbers.tsv");
        foreach (var row in TsvFile.Read(file, $"{language}/vague_numbers.tsv"))
            phrases.Add(row["phrase"], row);
        return new VagueNumbers(phrases);
    }

    public IEnumerable<VagueNumber> Find(AnalyzedText text, Sentence sentence)
    {
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (_phrases.LongestAt(text, i, sentence.EndToken) is not var (length, row)) continue;
            yield return new VagueNumber(i, i + length, double.Parse(row["value"], CultureInfo.InvariantCulture), row.Citation);
            i += length - 1;
        }
    }
}
