namespace Sitrep.Coding;

/// <summary>
/// The dateline that opens a wire report ("BEYROUTH (Reuters) -", "Damas, Syrie | AFP | vendredi -"): a place at the
/// start of a paragraph, then a dash within a few words. It says where the report was filed, not where its acts
/// happened: its place is no event's location (an event there is placed by the rest of the text).
/// </summary>
public static class Dateline
{
    /// <summary>Words a dateline may hold before its dash: place, country, agency, weekday and date.</summary>
    private const int MaxTokens = 12;

    /// <summary>The token of the dateline's dash in this sentence, or -1 when the sentence opens with no dateline.</summary>
    public static int DashOf(SentenceMentions s)
    {
        var sentence = s.Sentence;
        var opensParagraph = sentence.Index == 0 || s.Text.Sentences[sentence.Index - 1].Paragraph != sentence.Paragraph;
        if (!opensParagraph || !OpensWithAPlace(s)) return -1;
        var end = Math.Min(sentence.FirstToken + sentence.TokenCount, sentence.FirstToken + MaxTokens);
        for (var t = sentence.FirstToken + 1; t < end; t++)
            if (s.Norm(t) is "-" or "\u2013" or "\u2014") return t;
        return -1;
    }

    private static bool OpensWithAPlace(SentenceMentions s)
    {
        var places = s.Of(Model.MentionKind.Place);
        for (var i = 0; i < places.Count; i++)
            if (places[i].FirstToken == s.Sentence.FirstToken) return true;
        return false;
    }
}
