using System.Globalization;
using Sitrep.Resources;
using Sitrep.Text;

namespace Sitrep.Recognition.Numbers;

/// <summary>A vague figure in the text ("des dizaines") with its conservative value.</summary>
/// <param name="End">One past the phrase's last token.</param>
public sealed record VagueNumber(int First, int End, double Value, string Entry);

/// <summary>A phrase's value and the line that gives it, read once at load rather than at every phrase found. A struct,
/// so that the phrase table's lookup at every token is compiled for it rather than shared by all reference types.</summary>
public readonly record struct VaguePhrase(double Value, string Entry);

/// <summary>The phrases of <c>vague_numbers.tsv</c>: "des dizaines" 10, "une centaine" 100, as ACLED counts them.</summary>
public sealed class VagueNumbers
{
    private readonly PhraseTable<VaguePhrase> _phrases;

    private VagueNumbers(PhraseTable<VaguePhrase> phrases) => _phrases = phrases;

    public static VagueNumbers Load(string language) =>
        Read(Path.Combine(ResourcePaths.Language(language), "vague_numbers.tsv"), $"{language}/vague_numbers.tsv");

    /// <summary>Reads a phrase file; throws <see cref="InvalidDataException"/> naming <c>file:line</c> for a value that is no number.</summary>
    public static VagueNumbers Read(string path, string citeAs)
    {
        var phrases = new PhraseTable<VaguePhrase>();
        foreach (var row in TsvFile.Read(path, citeAs))
        {
            if (!double.TryParse(row["value"], NumberStyles.Float | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var value))
                throw new InvalidDataException($"{row.Citation}: value \"{row["value"]}\" is not a number");
            phrases.Add(row["phrase"], new VaguePhrase(value, row.Citation));
        }
        return new VagueNumbers(phrases);
    }

    public Phrases Find(AnalyzedText text, Sentence sentence) => new(_phrases, text, sentence);

    /// <summary>The vague figures of one sentence, found as they are enumerated: a struct rather than an iterator, as
    /// every sentence of every text asks for them and few hold one.</summary>
    public struct Phrases(PhraseTable<VaguePhrase> phrases, AnalyzedText text, Sentence sentence)
    {
        private int _next = sentence.FirstToken;

        // Read only after MoveNext said true, as any enumerator's.
        public VagueNumber Current { readonly get; private set; } = null!;

        public readonly Phrases GetEnumerator() => this;

        public bool MoveNext()
        {
            for (var i = _next; i < sentence.EndToken; i++)
            {
                if (phrases.LongestAt(text, i, sentence.EndToken) is not var (length, phrase)) continue;
                Current = new VagueNumber(i, i + length, phrase.Value, phrase.Entry);
                _next = i + length;
                return true;
            }
            _next = sentence.EndToken;
            return false;
        }
    }
}
