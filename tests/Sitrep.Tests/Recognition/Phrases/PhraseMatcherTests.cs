using Sitrep.Recognition.Phrases;
using Sitrep.Tests.Support;
using Sitrep.Text;

namespace Sitrep.Tests.Recognition.Phrases;

public class PhraseMatcherTests
{
    private static readonly RuleSegmenter Segmenter = RuleSegmenter.Load("fr");

    private static List<string> Matches(string text, params string[] patterns) =>
        Matches(text, patterns.Select(p => (p, p)).ToArray());

    private static List<string> Matches(string text, params (string Pattern, string Value)[] patterns)
    {
        var analysed = Segmenter.Segment(TestPipeline.Doc(text));
        var matcher = new PhraseMatcher<string>(patterns.Select(p => PhrasePattern<string>.Parse(p.Pattern, p.Value, "test")));
        return matcher.Matches(analysed)
            .Select(m => $"{analysed.SpanOf(m.FirstToken, m.EndToken).Of(text)}={string.Join("+", m.Entries.Select(e => e.Value))}")
            .ToList();
    }

    [Fact]
    public void TheLongestPatternWinsAtAPosition() =>
        Assert.Equal(["Armée syrienne libre=armee syrienne libre"], Matches("L'Armée syrienne libre avance.", "armee syrienne", "armee syrienne libre"));

    [Fact]
    public void MatchesDoNotOverlapAndGoLeftToRight() =>
        Assert.Equal(["armée syrienne=armee syrienne", "rebelles=rebelles"],
            Matches("L’armée syrienne et les rebelles.", "armee syrienne", "syrienne et", "rebelles"));

    [Fact]
    public void AFinalStarMatchesAnyEnding() =>
        Assert.Equal(["bombardé=bombard*", "bombardements=bombard*"], Matches("Ils ont bombardé; les bombardements continuent.", "bombard*"));

    [Fact]
    public void AccentsCaseAndApostrophesAreFolded() =>
        Assert.Equal(["forces de l’Ordre=forces de l' ordre"], Matches("Les forces de l’Ordre.", "forces de l' ordre"));

    [Fact]
    public void AnAcronymMatchesOnlyWhenWrittenInCapitals()
    {
        Assert.Equal(["ANS=ANS"], Matches("L'ANS avance.", "ANS"));
        Assert.Empty(Matches("Depuis cinq ans déjà.", "ANS"));
    }

    [Fact]
    public void EveryEntryOfTheSamePatternIsReturned() =>
        Assert.Equal(["a nié=speech+negation"], Matches("L'armée a nié.", ("a nie", "speech"), ("a nie", "negation")));

    [Fact]
    public void ManyPatternsSharingAFirstWordKeepTheirOrderWhateverFollows()
    {
        // Enough patterns on "a" that they are narrowed by the next token: one-word, gap and prefix seconds still match.
        (string, string)[] patterns = [("a", "alone"), ("a dit", "said"), ("a ~ dit", "said later"), ("a affirm*", "claimed"),
            ("a nie", "denied"), ("a dit que", "said that")];
        Assert.Equal(["a dit que=said that", "a toujours dit=said later", "a affirmé=claimed", "a=alone"],
            Matches("Il a dit que oui, il a toujours dit non, il a affirmé, il a lu.", patterns));
        Assert.Equal(["a dit=said+said later"], Matches("Elle a dit.", patterns));
    }
}
