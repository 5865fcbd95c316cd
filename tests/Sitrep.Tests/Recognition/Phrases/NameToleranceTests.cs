using Sitrep.Model;
using Sitrep.Recognition.Phrases;
using Sitrep.Resources;
using Sitrep.Tests.Support;
using Sitrep.Text;

namespace Sitrep.Tests.Recognition.Phrases;

/// <summary>The source dictionary forgives one slip in a long, capitalised name, and nothing else.</summary>
public class NameToleranceTests
{
    private static readonly RuleSegmenter Segmenter = RuleSegmenter.Load("fr");

    private static readonly DictionaryRecognizer Sources =
        DictionaryRecognizer.Load("fr", "sources.tsv", MentionKind.Source, NameTolerance.LongNames, "source", "kind");

    private static List<Mention> SourcesIn(string text) => Sources.Recognize(Segmenter.Segment(TestPipeline.Doc(text))).ToList();

    [Theory]
    [InlineData("al-Maydeen")]
    [InlineData("al-Mayadden")]
    [InlineData("al-Mayadeem")]
    [InlineData("Mayadeeen")]
    public void AnOutletNameWithOneSlipIsStillThatOutlet(string written)
    {
        var mention = Assert.Single(SourcesIn($"Les combats ont repris au nord de la ville, a rapporté la chaîne {written} jeudi."));

        Assert.Equal("al-Mayadeen", mention.Value);
        Assert.EndsWith("(misspelt)", mention.Entry);
    }

    // Only a token one letter shorter or longer than a name, or as long, can be one slip from it: the others are not compared.
    [Theory]
    [InlineData("Mirabele", true)]
    [InlineData("Mirabellle", true)]
    [InlineData("Mirabel", false)]
    [InlineData("Mirabellles", false)]
    public void ATokenMoreThanOneLetterShorterOrLongerThanEveryNameIsNoSlip(string written, bool misspelt)
    {
        var names = new DictionaryRecognizer(MentionKind.Source,
            [PhrasePattern<(string, string?)>.Parse("mirabelle", ("Mirabelle", null), "test:1")], NameTolerance.LongNames);
        var text = Segmenter.Segment(TestPipeline.Doc($"Selon {written}, le pont a sauté."));

        Assert.Equal(misspelt, names.Recognize(text).Any());
        Assert.Equal(misspelt, new DictionaryPass([names]).Recognize(text).Any());
    }

    [Fact]
    public void ASpokesmansNameWithTwoLettersSwappedIsStillHis() =>
        Assert.Equal("Ministry of Defence of Russia", Assert.Single(SourcesIn("Le général Konachenkvo a démenti toute frappe.")).Value);

    [Fact]
    public void AnExactSpellingIsNotMarkedMisspelt() =>
        Assert.DoesNotContain("misspelt", Assert.Single(SourcesIn("Selon al-Mayadeen, le pont a sauté.")).Entry);

    [Theory]
    [InlineData("Selon Reuter, le pont a sauté.")]
    [InlineData("Selon al-Manat, le pont a sauté.")]
    [InlineData("Selon Mydeen, le pont a sauté.")]
    [InlineData("Selon al-maydeen, le pont a sauté.")]
    public void ShortNamesTwoSlipsAndLowerCaseWordsAreNotForgiven(string text) =>
        Assert.Empty(SourcesIn(text));

    [Theory]
    [InlineData("al-Mayadin")]
    [InlineData("al-Mayadine")]
    [InlineData("Mayadine")]
    public void TheTownOfAlMayadinIsNotTakenForTheChannel(string town) =>
        Assert.Empty(SourcesIn($"Les frappes ont visé {town}, sur l'Euphrate."));

    /// <summary>
    /// Every word of the other French dictionaries and every Latin place name of the gazetteer, capitalised as at the start
    /// of a sentence: none may be read as a misspelt source. This is the vocabulary Sitrep meets most.
    /// </summary>
    [Fact]
    public void NoWordOfTheOtherDictionariesNorAnyPlaceNameIsTakenForAMisspeltSource()
    {
        var words = OtherDictionaryWords().Concat(PlaceNames())
            .Where(w => w.Length > 0 && w.All(c => char.IsLetter(c) || c is '-' or '\'') && w.Any(char.IsLetter))
            .Select(w => char.ToUpperInvariant(w[0]) + w[1..])
            .Distinct().ToList();
        Assert.True(words.Count > 3000, $"only {words.Count} words read");

        var misspelt = SourcesIn(string.Join(". ", words) + ".").Where(m => m.Entry.EndsWith("(misspelt)", StringComparison.Ordinal));

        Assert.Empty(misspelt.Select(m => $"{m.Value} ← {m.Entry}"));
    }

    private static IEnumerable<string> OtherDictionaryWords() =>
        Directory.GetFiles(ResourcePaths.Language("fr"), "*.tsv")
            .Where(f => Path.GetFileName(f) != "sources.tsv")
            .SelectMany(f => TsvFile.Read(f))
            .SelectMany(r => r.Fields.Values.SelectMany(v => v.Split(' ', StringSplitOptions.RemoveEmptyEntries)))
            .Select(w => w.TrimEnd('*'));

    private static IEnumerable<string> PlaceNames() =>
        TsvFile.Read(Path.Combine(ResourcePaths.Root, "places", "syria.tsv"))
            .SelectMany(r => r["aliases"].Split('|').Append(r["name"]))
            .SelectMany(n => n.Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
