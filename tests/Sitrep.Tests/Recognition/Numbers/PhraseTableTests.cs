using Sitrep.Recognition.Numbers;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Recognition.Numbers;

public class PhraseTableTests
{
    [Fact]
    public void TheLongestPhraseAtATokenWinsAndItsFirstWordIsFoldedLikeTheText()
    {
        var table = new PhraseTable<string>();
        table.Add("pour cent", "percent");
        table.Add("Pour cent des", "percent of");
        var text = NumDateTestText.Make("vingt pour cent des morts, POUR cent", null);

        Assert.Equal((3, "percent of"), table.LongestAt(text, 1, text.Tokens.Count));
        Assert.Equal((2, "percent"), table.LongestAt(text, 6, text.Tokens.Count));
        Assert.Null(table.LongestAt(text, 0, text.Tokens.Count));
        Assert.Null(table.LongestAt(text, 1, 2));
    }

    [Fact]
    public void APhraseTableTakesNoPhraseOnceItHasBeenRead()
    {
        // Its answers are remembered with the words: a phrase added later would not be seen by them.
        var table = new PhraseTable<string>();
        table.Add("pour cent", "percent");
        table.LongestAt(NumDateTestText.Make("pour cent", null), 0, 2);

        Assert.Throws<InvalidOperationException>(() => table.Add("pourcent", "percent"));
    }

    [Fact]
    public void AskingWhichPhrasesStartWithAWordIsReadingTheTable()
    {
        // A caller that remembers this answer with the word holds it as the table's own memo does.
        var table = new PhraseTable<string>();
        table.Add("pour cent", "percent");

        Assert.Equal("percent", Assert.Single(table.StartingWith("pour")!).Value);
        Assert.Null(table.StartingWith("cent"));
        Assert.Throws<InvalidOperationException>(() => table.Add("pourcent", "percent"));
    }
}
