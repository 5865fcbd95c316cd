namespace Sitrep.Ingest.Extraction;

/// <summary>What the extractor knows of one element that was not left out: its text, as counted over its whole subtree.</summary>
internal sealed class ElementFacts(int hintWeight, bool insideLink, bool insideSection)
{
    /// <summary>+25 per positive, −25 per negative class or id hint (<see cref="ArticleHints"/>).</summary>
    public int HintWeight { get; } = hintWeight;

    /// <summary>Whether the element is, or is inside, a link: its text counts as link text.</summary>
    public bool InsideLink { get; } = insideLink;

    /// <summary>Whether the element is, or is inside, an <c>article</c>, <c>main</c> or <c>section</c>.</summary>
    public bool InsideSection { get; } = insideSection;

    /// <summary>Characters of text, each run of spaces counted as one.</summary>
    public int TextLength { get; set; }

    /// <summary>Characters of that text inside links.</summary>
    public int LinkLength { get; set; }

    public int Commas { get; set; }

    /// <summary>Whether a block (paragraph, list, table, <c>div</c>…) lies anywhere below: a <c>div</c> without one is read as a paragraph.</summary>
    public bool HasBlockInside { get; set; }

    /// <summary>Share of the text inside links, 0 to 1.</summary>
    public double LinkDensity => TextLength == 0 ? 0 : (double)LinkLength / TextLength;

    public void Add(ElementFacts child)
    {
        TextLength += child.TextLength;
        LinkLength += child.LinkLength;
        Commas += child.Commas;
    }
}
