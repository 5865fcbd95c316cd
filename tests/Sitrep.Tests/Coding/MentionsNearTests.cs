using Sitrep.Coding;
using Sitrep.Model;

namespace Sitrep.Tests.Coding;

public class MentionsNearTests
{
    private static LocatedMention Cue(int first, int end) =>
        new(new Mention(MentionKind.Cue, new TextSpan(first, end - first), "fatal", "test"), first, end);

    [Fact]
    public void EveryMentionTouchingARangeIsGivenInItsOrder()
    {
        var random = new Random(8);
        for (var round = 0; round < 100; round++)
        {
            var cues = Enumerable.Range(0, 15).Select(_ => random.Next(80)).Select(f => Cue(f, f + random.Next(1, 6)))
                .OrderBy(c => c.FirstToken).ToList();
            var near = new MentionsNear(new MentionList([.. cues]));
            for (var from = -5; from < 90; from++)
            for (var to = from; to < from + 12; to++)
            {
                var around = near.Around(from, to).ToList();
                var touching = cues.Where(c => c.EndToken >= from && c.FirstToken <= to).ToList();
                Assert.All(touching, c => Assert.Contains(c, around));
                Assert.Equal(around.OrderBy(c => cues.IndexOf(c)), around);
            }
        }
    }

    [Fact]
    public void NoMentionsGiveNothing() => Assert.Empty(new MentionsNear([]).Around(0, 100));
}
