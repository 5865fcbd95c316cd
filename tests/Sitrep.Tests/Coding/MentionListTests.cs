using Sitrep.Coding;
using Sitrep.Model;

namespace Sitrep.Tests.Coding;

public sealed class MentionListTests
{
    private static LocatedMention Cue(string kind, int first) =>
        new(new Mention(MentionKind.Cue, new TextSpan(first * 4, 3), kind, $"fr/cues.tsv: {kind}"), first, first + 1);

    [Fact]
    public void AListReadsItsMentionsInTheirOrderEveryWay()
    {
        var mentions = new[] { Cue("fatal", 2), Cue("injury", 5), Cue("fatal", 9) };
        var list = new MentionList(mentions);
        Assert.Equal(3, list.Count);
        Assert.Equal(mentions[1], list[1]);
        var read = new List<LocatedMention>();
        foreach (var m in list) read.Add(m);
        Assert.Equal(mentions, read);
        Assert.Equal(mentions, list.ToList());
        Assert.Equal(mentions, ((IReadOnlyList<LocatedMention>)list).Select(m => m));
        Assert.True(list.Any());
        Assert.True(list.Any(m => m.Value == "injury"));
        Assert.False(list.Any(m => m.Value == "hedge"));
        Assert.Equal([mentions[0], mentions[2]], list.Where(m => m.Value == "fatal"));
        Assert.Equal(mentions[1], list.FirstOrDefault(m => m.Value == "injury"));
        Assert.Null(list.FirstOrDefault(m => m.Value == "hedge"));
    }

    [Fact]
    public void ARunOfAnArrayReadsThatRunOnly()
    {
        var mentions = new[] { Cue("fatal", 1), Cue("injury", 2), Cue("fatal", 3), Cue("hedge", 4) };
        var run = new MentionList(mentions, 1, 2);
        Assert.Equal(2, run.Count);
        Assert.Equal(mentions[2], run[1]);
        Assert.Throws<ArgumentOutOfRangeException>(() => run[2]);
        Assert.Throws<ArgumentOutOfRangeException>(() => run[-1]);
        var read = new List<LocatedMention>();
        foreach (var m in run) read.Add(m);
        Assert.Equal(mentions[1..3], read);
        Assert.Equal(mentions[1..3], run.ToList());
        Assert.Equal([mentions[2]], run.Where(m => m.Value == "fatal"));
        Assert.False(run.Any(m => m.Value == "hedge"));
        Assert.Null(run.FirstOrDefault(m => m.Value == "hedge"));
        Assert.Throws<ArgumentOutOfRangeException>(() => new MentionList(mentions, 3, 2));
    }

    [Fact]
    public void ASliceReadsItsRunOfTheList()
    {
        var mentions = new[] { Cue("fatal", 1), Cue("injury", 2), Cue("fatal", 3), Cue("hedge", 4) };
        var slice = new MentionList(mentions, 1, 3).Slice(1, 2);
        Assert.Equal(mentions[2..4], slice.ToList());
        Assert.Throws<ArgumentOutOfRangeException>(() => slice[2]);
        Assert.Throws<ArgumentOutOfRangeException>(() => new MentionList(mentions, 1, 3).Slice(2, 2));
    }

    [Fact]
    public void TheEmptyListHasNothingToRead()
    {
        Assert.Empty(MentionList.Empty);
        Assert.Empty(default(MentionList));
        Assert.Empty(new MentionList([Cue("fatal", 1)]).Slice(1, 0));
        Assert.False(MentionList.Empty.Any());
        Assert.False(MentionList.Empty.Any(_ => true));
        foreach (var _ in MentionList.Empty) Assert.Fail("an empty list enumerates nothing");
        Assert.Empty(MentionList.Empty.Where(_ => true));
        Assert.Empty(new MentionList([Cue("fatal", 1)], 1, 0).ToList());
    }
}
