using Sitrep.Model;
using Sitrep.Recognition.Phrases;
using Sitrep.Tests.Support;
using Sitrep.Text;

namespace Sitrep.Tests.Recognition.Phrases;

/// <summary>The shared walk over the tokens finds exactly what each dictionary finds alone.</summary>
public class DictionaryPassTests
{
    private static readonly RuleSegmenter Segmenter = RuleSegmenter.Load("fr");

    private static DictionaryRecognizer Dictionary(MentionKind kind, params string[] patterns) =>
        new(kind, patterns.Select((p, i) => PhrasePattern<(string, string?)>.Parse(p, (p, null), $"test:{i}")));

    private static List<string> Describe(IEnumerable<Mention> mentions) =>
        Pipeline.InCodingOrder(mentions).Select(m => $"{m.Kind} {m.Span.Start}+{m.Span.Length} {m.Value} {m.Entry}").ToList();

    [Fact]
    public void AMatchInOneDictionaryDoesNotHideAnOverlappingMatchInAnother()
    {
        var text = Segmenter.Segment(TestPipeline.Doc("Les forces du régime ont bombardé hier le quartier."));
        var pass = new DictionaryPass([Dictionary(MentionKind.Actor, "forces du regime"), Dictionary(MentionKind.Cue, "regime ont", "bombard* hier")]);
        Assert.Equal(["Actor 4+16 forces du regime test:0 \"forces du regime\"", "Cue 14+10 regime ont test:0 \"regime ont\"",
            "Cue 25+13 bombard* hier test:1 \"bombard* hier\""], Describe(pass.Recognize(text)));
    }

    [Fact]
    public void AMentionCitesItsRowAndItsPatternAsWritten()
    {
        // An acronym keeps its capitals, a gap its mark: the entry is the row's pattern, not its folded words.
        var text = Segmenter.Segment(TestPipeline.Doc("L'EI a pris hier le contrôle de la ville."));
        var pass = new DictionaryPass([Dictionary(MentionKind.Actor, "EI"), Dictionary(MentionKind.Cue, "ville de", "pris ~ contrôle")]);
        Assert.Equal(["Actor 2+2 EI test:0 \"EI\"", "Cue 7+21 pris ~ contrôle test:1 \"pris ~ controle\""], Describe(pass.Recognize(text)));
    }

    [Fact]
    public void AFirstWordNarrowedByTheNextTokenFindsThePatternsOfEachDictionaryWhereTheNextTokenIsASecondWord()
    {
        // "à" starts enough patterns in each dictionary to be narrowed by its next token; each dictionary waits for its
        // own second words, and "à la" for none of them.
        var text = Segmenter.Segment(TestPipeline.Doc("Il est arrivé à bord, puis à Damas à peine sorti, et à la fin à Alep."));
        var dictionaries = new[]
        {
            Dictionary(MentionKind.Cue, "à bord", "à peine", "à l'est", "à terme"),
            Dictionary(MentionKind.Actor, "à damas", "à alep", "à homs", "à idleb"),
        };
        var together = Describe(new DictionaryPass(dictionaries).Recognize(text));
        Assert.Equal(["Cue 14+6 à bord test:0 \"a bord\"", "Actor 27+7 à damas test:0 \"a damas\"", "Cue 35+7 à peine test:1 \"a peine\"",
            "Actor 62+6 à alep test:1 \"a alep\""], together);
        Assert.Equal(Describe(dictionaries.SelectMany(d => d.Recognize(text))), together);
    }

    [Fact]
    public void ATextsFirstAndLastTokensAreMatchedFromPastWordsNoDictionaryHas()
    {
        // Only the tokens some dictionary has something for are matched from: the first and the last are, and a pattern
        // whose second word no dictionary starts with still spans it.
        var text = Segmenter.Segment(TestPipeline.Doc("Damas a été visée longtemps hier puis Alep"));
        var dictionaries = new[] { Dictionary(MentionKind.Actor, "damas", "alep"), Dictionary(MentionKind.Cue, "visee longtemps") };
        var together = Describe(new DictionaryPass(dictionaries).Recognize(text));
        Assert.Equal(["Actor 0+5 damas test:0 \"damas\"", "Cue 12+15 visee longtemps test:0 \"visee longtemps\"",
            "Actor 38+4 alep test:1 \"alep\""], together);
        Assert.Equal(Describe(dictionaries.SelectMany(d => d.Recognize(text))), together);
    }

    [Fact]
    public void TheProjectDictionariesGiveTheSameMentionsTogetherAsAlone()
    {
        var dictionaries = new[]
        {
            DictionaryRecognizer.Load("fr", "actors.tsv", MentionKind.Actor, "actor", "side", "label", "label_actor"),
            DictionaryRecognizer.Load("fr", "sources.tsv", MentionKind.Source, NameTolerance.LongNames, "source", "kind"),
            DictionaryRecognizer.Load("fr", "triggers.tsv", MentionKind.Trigger, "class", "strength"),
            DictionaryRecognizer.Load("fr", "cues.tsv", MentionKind.Cue, "kind"),
        };
        var text = Segmenter.Segment(TestPipeline.Doc(
            "D'après l'Observatoire syrien des droits de l'homme, des avions du régime ont bombardé mercredi des positions rebelles " +
            "près de Hama, tuant six combattants, a indiqué à l'AFP un porte-parole, cité par al-Maydeen. " +
            "Les insurgés affirment avoir repris deux villages après des affrontements qui n'ont pas fait de victimes civiles."));
        var together = Describe(new DictionaryPass(dictionaries).Recognize(text));
        Assert.Equal(Describe(dictionaries.SelectMany(d => d.Recognize(text))), together);
        Assert.Equal(4, together.Select(m => m.Split(' ')[0]).Distinct().Count());
    }

    [Fact]
    public void TheRowsOfOneValueGiveOneInternedString()
    {
        // The coder compares cue kinds and trigger classes with its literals: the same instance is equal at once.
        var cues = DictionaryRecognizer.Load("fr", "cues.tsv", MentionKind.Cue, "kind");
        var text = Segmenter.Segment(TestPipeline.Doc("Le porte-parole a indiqué que la ville était calme, a affirmé un témoin."));
        var speech = cues.Recognize(text).Where(m => m.Value == "speech").ToList();
        Assert.Equal(2, speech.Select(m => m.Entry).Distinct().Count());
        Assert.All(speech, m => Assert.Same("speech", m.Value));
    }

    [Fact]
    public void ATextsMentionsStayAsTheyWereWhenTheThreadReadsAnotherText()
    {
        // The pass builds its mentions in a list kept for the thread: what it returned must not be that list.
        var pass = new DictionaryPass([Dictionary(MentionKind.Cue, "a indique", "selon")]);
        var first = pass.Recognize(Segmenter.Segment(TestPipeline.Doc("Le porte-parole a indiqué que rien n'avait changé.")));
        var before = Describe(first);
        var second = pass.Recognize(Segmenter.Segment(TestPipeline.Doc("Selon un témoin, l'armée a indiqué un repli, selon la radio.")));
        Assert.Equal(before, Describe(first));
        Assert.Equal(3, second.Count());
    }
}
