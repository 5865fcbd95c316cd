using Sitrep.Coding;
using Sitrep.Model;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Coding;

public sealed class SentenceMentionsTests
{
    // Two sentences; each mention below is one of their words.
    private const string Text = "Les rebelles ont bombardé le village hier soir. Rien ensuite.";

    private static IReadOnlyList<SentenceMentions> Group(params (MentionKind Kind, string Word, string Value)[] mentions)
    {
        var (analyzed, _) = TestPipeline.French.Analyse(TestPipeline.Doc(Text));
        var given = mentions.Select(m => new Mention(m.Kind, new TextSpan(Text.IndexOf(m.Word, StringComparison.Ordinal), m.Word.Length), m.Value, "test")).ToList();
        return SentenceMentions.Group(analyzed, given, FunctionWords.Load("fr"));
    }

    private static List<string> Words(IReadOnlyList<LocatedMention> mentions) => mentions.Select(m => Text.Substring(m.Span.Start, m.Span.Length)).ToList();

    [Fact]
    public void CuesOfInterleavedKindsComeEachKindInTextOrder()
    {
        var s = Group((MentionKind.Cue, "Les", "a"), (MentionKind.Cue, "ont", "b"), (MentionKind.Cue, "village", "a"), (MentionKind.Cue, "hier", "b"))[0];
        Assert.Equal(["Les", "village"], Words(s.Cues("a")));
        Assert.Equal(["ont", "hier"], Words(s.Cues("b")));
        Assert.Empty(s.Cues("c"));
        // Each kind's cues are a run of the sentence's, grouped by kind in the order the kinds first come.
        Assert.Equal(["Les", "village", "ont", "hier"], Words(s.Of(MentionKind.Cue)));
    }

    [Fact]
    public void CuesOfOneKindAreAllTheSentencesCues()
    {
        var s = Group((MentionKind.Cue, "ont", "a"), (MentionKind.Cue, "hier", "a"))[0];
        Assert.Equal(["ont", "hier"], Words(s.Cues("a")));
        Assert.Empty(s.Cues("b"));
    }

    [Fact]
    public void EachKindOfCueIsItsOwnRunOfItsOwnSentence()
    {
        var sentences = Group((MentionKind.Cue, "Les", "a"), (MentionKind.Cue, "ont", "b"), (MentionKind.Cue, "bombardé", "c"),
            (MentionKind.Cue, "village", "a"), (MentionKind.Cue, "hier", "c"), (MentionKind.Cue, "Rien", "a"));
        Assert.Equal(["Les", "village"], Words(sentences[0].Cues("a")));
        Assert.Equal(["ont"], Words(sentences[0].Cues("b")));
        Assert.Equal(["bombardé", "hier"], Words(sentences[0].Cues("c")));
        Assert.Equal(["Rien"], Words(sentences[1].Cues("a")));
        Assert.Empty(sentences[1].Cues("c"));
        Assert.Empty(sentences[1].Of(MentionKind.Actor));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void CueKindsMatchByTheirWholeText(bool twoKinds)
    {
        var given = twoKinds ? new[] { (MentionKind.Cue, "ont", "leader"), (MentionKind.Cue, "hier", "hedge") } : [(MentionKind.Cue, "ont", "leader")];
        var s = Group(given)[0];
        // A kind built at run time, as one read from a file is: equal text, another string.
        Assert.Equal(["ont"], Words(s.Cues(new string("leader".AsSpan()))));
        // "latter" shares the filter's bit with "leader": the kinds are then compared.
        Assert.Equal(SentenceMentions.KindBit("leader"), SentenceMentions.KindBit("latter"));
        Assert.Empty(s.Cues("latter"));
        Assert.Empty(s.Cues("holder"));
        Assert.Empty(s.Cues(""));
    }

    [Fact]
    public void MentionsGoToTheSentenceTheyStartInByKindInTextOrder()
    {
        var sentences = Group((MentionKind.Actor, "rebelles", "x"), (MentionKind.Place, "village", "p"), (MentionKind.Actor, "Les", "y"),
            (MentionKind.Trigger, "bombardé", "t"), (MentionKind.Actor, "Rien", "z"));
        Assert.Equal(["Les", "rebelles"], Words(sentences[0].Of(MentionKind.Actor)));
        Assert.Equal(["village"], Words(sentences[0].Of(MentionKind.Place)));
        Assert.Equal(["bombardé"], Words(sentences[0].Of(MentionKind.Trigger)));
        Assert.Equal(["Rien"], Words(sentences[1].Of(MentionKind.Actor)));
        Assert.Empty(sentences[1].Of(MentionKind.Place));
    }
}
