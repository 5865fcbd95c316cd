using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Sitrep.Ingest.Sources;

/// <summary>
/// Plain text of HTML: one line per block (paragraph, heading, list item, <c>br</c>), spaces
/// collapsed as a browser would (inside <c>pre</c> too: news pages use it for layout, not code),
/// scripts, styles, forms, figures and navigation left out.
/// </summary>
internal static partial class HtmlText
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "svg", "iframe", "head", "nav", "aside",
        "footer", "form", "button", "select", "textarea", "figure",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
        "table", "tr", "td", "th", "blockquote", "section", "article", "header", "main", "pre",
        "address", "details", "summary", "figcaption", "center",
    };

    public static string FromFragment(string html, IngestLimits limits)
    {
        HtmlNesting.RejectDeeperThan(html, limits.MaxHtmlDepth);
        return FromNode(new HtmlParser().ParseDocument(html).Body!);
    }

    /// <summary>Whether the element is left out of the text with all it holds, by its tag.</summary>
    public static bool IsLeftOut(IElement element) => Skipped.Contains(element.LocalName);

    /// <summary>
    /// Walks the tree with an explicit stack: a page nested thousands deep must not overflow the call stack.
    /// Elements for which <paramref name="leaveOut"/> holds are left out with all they hold, as skipped tags are.
    /// </summary>
    public static string FromNode(INode root, Func<IElement, bool>? leaveOut = null)
    {
        var lines = new LineWriter();
        var stack = new Stack<(INode Node, bool Closing)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (node, closing) = stack.Pop();
            if (node is IText text)
            {
                lines.Append(text.Data);
                continue;
            }
            if (node is not IElement and not IDocument and not IDocumentFragment) continue;
            var element = node as IElement;
            if (element is not null && (IsLeftOut(element) || leaveOut?.Invoke(element) == true)) continue;
            var isBlock = element is not null && Blocks.Contains(element.LocalName);
            if (closing)
            {
                if (isBlock) lines.Break();
                continue;
            }
            if (isBlock) lines.Break();
            stack.Push((node, true));
            // By index: AngleSharp finds a node's sibling by searching its parent's children, which made a page of
            // thousands of paragraphs in one element take quadratic time.
            var children = node.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
                stack.Push((children[i], false));
        }
        return lines.ToString();
    }

    /// <summary>Collects inline text into lines; a break ends the current line if it has any text.</summary>
    private sealed class LineWriter
    {
        private readonly List<string> _lines = [];
        private readonly StringBuilder _current = new();

        public void Append(string text) => _current.Append(text);

        public void Break()
        {
            var line = CollapsibleSpace().Replace(_current.ToString(), " ").Trim(' ');
            if (line.Length > 0) _lines.Add(line);
            _current.Clear();
        }

        public override string ToString()
        {
            Break();
            return string.Join('\n', _lines);
        }
    }

    // HTML collapses ASCII whitespace only; a no-break space is text.
    [GeneratedRegex("[ \t\n\r\f]+", RegexOptions.None, RegexTimeout.Milliseconds)]
    private static partial Regex CollapsibleSpace();
}
