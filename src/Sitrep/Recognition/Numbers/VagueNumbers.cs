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

    /// <summary>The phrases starting with <paramref name="norm"/>, to be remembered with the word (<see cref="SentenceFigures"/>).</summary>
    public (string[] Words, VaguePhrase Value)[]? StartingWith(string norm) => _phrases.StartingWith(norm);

    /// <summary>The vague figure starting at <paramref name="token"/>, or null.</summary>
    /// <param name="startingWith">What <see cref="StartingWith"/> answers about the token's norm.</param>
    public VagueNumber? At(AnalyzedText text, int token, int endToken, (string[] Words, VaguePhrase Value)[] startingWith) =>
        _phrases.LongestAt(text, token, endToken, startingWith) is var (length, phrase)
            ? new VagueNumber(token, token + length, phrase.Value, phrase.Entry)
            : null;
}
