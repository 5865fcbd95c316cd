namespace Sitrep.Ingest.Sources;

/// <summary>
/// Refuses HTML nested deeper than a limit before any parser sees it: the HTML parser slows down
/// with the square of the depth, so a page of 100,000 nested tags would hold a worker
/// for hours. The depth is read from the raw tags, counting only elements that must be closed: void
/// elements and elements whose end tag may be left out (<c>p</c>, <c>li</c>, <c>td</c>…) do not count,
/// and the contents of scripts, styles, comments, SVG and MathML are skipped.
/// </summary>
internal static class HtmlNesting
{
    private static readonly HashSet<string> Uncounted = new(StringComparer.OrdinalIgnoreCase)
    {
        // void elements
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        // end tag optional
        "html", "head", "body", "p", "li", "dt", "dd", "tr", "td", "th", "thead", "tbody", "tfoot", "option", "optgroup",
        "colgroup", "caption", "rb", "rt", "rp", "rtc",
    };

    // Elements whose content is not parsed as tags (or, for svg and math, is XML the page text never uses).
    private static readonly HashSet<string> SkippedContent = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "textarea", "title", "xmp", "noembed", "noframes", "plaintext", "svg", "math",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> UncountedByName = Uncounted.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SkippedByName = SkippedContent.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <exception cref="UnreadableInputException">The page nests more than <paramref name="limit"/> elements.</exception>
    public static void RejectDeeperThan(string html, int limit)
    {
        if (DepthUpTo(html, limit) > limit)
            throw new UnreadableInputException($"HTML nested more than {limit} elements deep");
    }

    /// <summary>The deepest nesting of elements in the page, counted until it passes <paramref name="limit"/>.</summary>
    public static int DepthUpTo(string html, int limit)
    {
        int depth = 0, deepest = 0, i = 0;
        while (deepest <= limit && (i = html.IndexOf('<', i)) >= 0)
        {
            if (html.AsSpan(i).StartsWith("<!--"))
            {
                i = After(html, i + 4, "-->");
                continue;
            }
            var closing = i + 1 < html.Length && html[i + 1] == '/';
            var nameStart = i + (closing ? 2 : 1);
            var nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] is '-' or ':' or '_')) nameEnd++;
            if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart]))
            {
                i++;
                continue;
            }
            var name = html.AsSpan(nameStart, nameEnd - nameStart);
            i = nameEnd;
            if (UncountedByName.Contains(name)) continue;
            if (closing) depth = Math.Max(0, depth - 1);
            else if (SkippedByName.Contains(name)) i = After(html, i, string.Concat("</", name));
            else deepest = Math.Max(deepest, ++depth);
        }
        return deepest;
    }

    private static int After(string html, int from, string marker)
    {
        var at = html.IndexOf(marker, from, StringComparison.OrdinalIgnoreCase);
        return at < 0 ? html.Length : at + marker.Length;
    }
}
