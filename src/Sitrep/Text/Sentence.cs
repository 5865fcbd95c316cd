namespace Sitrep.Text;

/// <summary>A sentence: its character range, its tokens [FirstToken, FirstToken + TokenCount), and the paragraph it sits in.</summary>
public readonly record struct Sentence(int Index, int Start, int Length, int FirstToken, int TokenCount, int Paragraph)
{
    public int End => Start + Length;
    public int EndToken => FirstToken + TokenCount;
}
