using System.Buffers;
using AngleSharp.Dom;
using Sitrep.Ingest.Sources;

namespace Sitrep.Ingest.Extraction;

/// <summary>
/// One pass over a page's body: which elements are left out (hidden, boilerplate by tag or by class), and, for every
/// other element, the facts scoring needs (<see cref="ElementFacts"/>), in document order.
/// </summary>
internal sealed class PageFacts
{
    // A div holding none of these reads as a paragraph (Readability's rule, widened to HTML5's sectioning elements).
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "aside", "blockquote", "div", "dl", "figure", "footer", "form", "h1", "h2", "h3", "h4",
        "h5", "h6", "header", "img", "main", "nav", "ol", "p", "pre", "section", "table", "ul",
    };

    private static readonly HashSet<string> Sections = new(StringComparer.OrdinalIgnoreCase) { "article", "main", "section" };

    // Readability's commas: Latin, Arabic, and the full-width and small forms.
    private static readonly SearchValues<char> CommaChars = SearchValues.Create(",\u060C\uFE50\uFE10\uFE11\u2E41\u2E34\u2E32\uFF0C");

    private readonly Dictionary<IElement, ElementFacts> _facts = new(ReferenceEqualityComparer.Instance);
    private readonly List<IElement> _inOrder = [];

    /// <summary>The elements kept, in document order (the body first).</summary>
    public IReadOnlyList<IElement> InOrder => _inOrder;

    /// <summary>The facts of an element, or null for one left out or inside one left out.</summary>
    public ElementFacts? Of(IElement element) => _facts.GetValueOrDefault(element);

    /// <summary>
    /// Walks <paramref name="body"/> with an explicit stack (a deep page must not overflow the call stack), leaving
    /// out what <see cref="HtmlText"/> leaves out, hidden elements, page headers outside any article or section and,
    /// when <paramref name="dropUnlikely"/>, elements whose class or id is an unlikely hint.
    /// </summary>
    public static PageFacts Collect(IElement body, ArticleHints hints, bool dropUnlikely)
    {
        var page = new PageFacts();
        var stack = new Stack<(IElement Element, bool Closing)>();
        page.Enter(body, null, hints, dropUnlikely, stack);
        while (stack.Count > 0)
        {
            var (element, closing) = stack.Pop();
            if (closing)
            {
                page.Close(element);
                continue;
            }
            var parent = page._facts[element.ParentElement!];
            page.Enter(element, parent, hints, dropUnlikely, stack);
        }
        return page;
    }

    private void Enter(IElement element, ElementFacts? parent, ArticleHints hints, bool dropUnlikely, Stack<(IElement, bool)> stack)
    {
        if (parent is not null && LeavesOut(element, parent, hints, dropUnlikely)) return;
        var facts = new ElementFacts(
            hints.WeightOf(element),
            parent?.InsideLink == true || element.LocalName == "a",
            parent?.InsideSection == true || Sections.Contains(element.LocalName));
        _facts.Add(element, facts);
        _inOrder.Add(element);
        stack.Push((element, true));
        // By index, from the last: AngleSharp finds a sibling by searching the parent's children (quadratic).
        var children = element.ChildNodes;
        for (var i = children.Length - 1; i >= 0; i--)
        {
            switch (children[i])
            {
                case IText text:
                    Count(text.Data, facts);
                    break;
                case IElement child:
                    stack.Push((child, false));
                    break;
            }
        }
    }

    private void Close(IElement element)
    {
        if (element.ParentElement is not { } parentElement || !_facts.TryGetValue(parentElement, out var parent)) return;
        var facts = _facts[element];
        parent.Add(facts);
        parent.HasBlockInside |= facts.HasBlockInside || Blocks.Contains(element.LocalName);
    }

    private static bool LeavesOut(IElement element, ElementFacts parent, ArticleHints hints, bool dropUnlikely) =>
        HtmlText.IsLeftOut(element)
        || IsHidden(element)
        || element.LocalName == "header" && !parent.InsideSection
        || dropUnlikely && element.LocalName is not ("article" or "main") && hints.IsUnlikely(element);

    private static bool IsHidden(IElement element) =>
        element.HasAttribute("hidden")
        || element.GetAttribute("aria-hidden") == "true"
        || element.GetAttribute("style") is { } style && style.Replace(" ", "").Contains("display:none", StringComparison.OrdinalIgnoreCase);

    private static void Count(string text, ElementFacts facts)
    {
        var length = 0;
        var inSpace = true;
        foreach (var c in text)
        {
            var isSpace = c is ' ' or '\t' or '\n' or '\r' or '\f';
            if (!isSpace || !inSpace) length++;
            inSpace = isSpace;
        }
        var commas = 0;
        var rest = text.AsSpan();
        for (int at; (at = rest.IndexOfAny(CommaChars)) >= 0; rest = rest[(at + 1)..]) commas++;
        facts.TextLength += length;
        facts.Commas += commas;
        if (facts.InsideLink) facts.LinkLength += length;
    }
}
