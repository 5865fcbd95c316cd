using Sitrep.Text;

namespace Sitrep.Coding;

/// <summary>
/// Headlines and crossheads ("Bataille sans merci", "5 civils tués à Fouaa") sum up what the body tells in
/// full: a short line of its own with no final punctuation codes nothing, so the body's sentence is the one coded.
/// </summary>
public static class HeadlineRule
{
    private const int MaxTokens = 12;

    public static bool IsHeadline(SentenceMentions s)
    {
        var text = s.Text;
        var sentence = s.Sentence;
        if (sentence.TokenCount == 0 || sentence.TokenCount > MaxTokens) return false;
        if (!AloneInParagraph(text, sentence)) return false;
        var last = text.Surface(sentence.EndToken - 1);
        return last is not ("." or "!" or "…" or "»" or "\"" or ")") && !last.EndsWith('.');
    }

    private static bool AloneInParagraph(AnalyzedText text, Sentence sentence)
    {
        var i = sentence.Index;
        var before = i == 0 || text.Sentences[i - 1].Paragraph != sentence.Paragraph;
        var after = i + 1 >= text.Sentences.Count || text.Sentences[i + 1].Paragraph != sentence.Paragraph;
        return before && after;
    }
}
