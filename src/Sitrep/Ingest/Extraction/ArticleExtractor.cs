using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Sitrep.Ingest.Extraction;

/// <summary>An article as found in a page: its text, one line per paragraph, and the element that holds it.</summary>
internal sealed record ExtractedArticle(string Text, IElement Container);

/// <summary>
/// Finds a page's article the way Mozilla's Readability does, in time linear in the page: one pass collects the text
/// of every element (<see cref="PageFacts"/>), paragraphs score their containers (<see cref="CandidateScores"/>), the
/// best container is taken with those of its siblings that score well (<see cref="ArticleSiblings"/>), and their text
/// is read without what looks like boilerplate inside them (<see cref="ArticleText"/>).
/// </summary>
internal sealed class ArticleExtractor(ArticleHints hints)
{
    // Readability's threshold: an article shorter than this is looked for again with the unlikely hints off, since
    // they may have left out the article itself.
    private const int MinArticleChars = 500;

    public static ArticleExtractor Load() => new(ArticleHints.Load(ArticleHints.DefaultPath));

    /// <summary>The article, or null for a page without a body.</summary>
    public ExtractedArticle? Extract(IHtmlDocument page)
    {
        if (page.Body is not { } body) return null;
        var article = Attempt(body, dropUnlikely: true);
        if (article.Text.Length >= MinArticleChars) return article;
        var second = Attempt(body, dropUnlikely: false);
        return second.Text.Length > article.Text.Length ? second : article;
    }

    private ExtractedArticle Attempt(IElement body, bool dropUnlikely)
    {
        var page = PageFacts.Collect(body, hints, dropUnlikely);
        var scores = CandidateScores.Score(page, body);
        var top = TopCandidate.Find(scores, body);
        var parts = top == body ? [body] : ArticleSiblings.Of(top, page, scores);
        return new ExtractedArticle(ArticleText.Of(parts, page), top);
    }
}
