using System.Globalization;
using Sitrep.Text;

namespace Sitrep.Tests.Text;

/// <summary>What must hold for any segmentation of any text: the contract the later stages rely on.</summary>
internal static class SegmentationInvariants
{
    public static void AssertHold(AnalyzedText analyzed)
    {
        var text = analyzed.Text;
        var tokens = analyzed.Tokens;
        var previousEnd = 0;
        foreach (var token in tokens)
        {
            Assert.True(token.Length > 0, $"empty token at {token.Start}");
            Assert.True(token.Start >= previousEnd && token.End <= text.Length, $"token {token} overlaps or leaves the text");
            AssertOnlyBlank(text, previousEnd, token.Start);
            previousEnd = token.End;
        }
        AssertOnlyBlank(text, previousEnd, text.Length);

        var nextToken = 0;
        var paragraph = 0;
        for (var i = 0; i < analyzed.Sentences.Count; i++)
        {
            var sentence = analyzed.Sentences[i];
            Assert.Equal(i, sentence.Index);
            Assert.Equal(nextToken, sentence.FirstToken);
            Assert.True(sentence.TokenCount > 0, $"sentence {i} has no token");
            Assert.Equal(tokens[sentence.FirstToken].Start, sentence.Start);
            Assert.Equal(tokens[sentence.EndToken - 1].End, sentence.End);
            Assert.InRange(sentence.Paragraph, paragraph, i == 0 ? 0 : paragraph + 1);
            paragraph = sentence.Paragraph;
            nextToken = sentence.EndToken;
        }
        Assert.Equal(tokens.Count, nextToken);
    }

    /// <summary>Only whitespace, controls and invisible characters may fall between tokens: nothing written is lost.</summary>
    private static void AssertOnlyBlank(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            var c = text[i];
            Assert.True(char.IsWhiteSpace(c) || char.IsControl(c) || char.IsSurrogate(c)
                || char.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.OtherNotAssigned,
                $"U+{(int)c:X4} at {i} is in no token");
        }
    }
}
