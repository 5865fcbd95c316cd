namespace Sitrep.Ingest.Cleaning;

/// <summary>One line of a text, by its place in it: cleaning looks at lines without cutting the text into strings.</summary>
internal readonly record struct TextLine(int Start, int Length)
{
    public int End => Start + Length;

    public ReadOnlySpan<char> In(string text) => text.AsSpan(Start, Length);

    public bool IsBlankIn(string text) => In(text).IsWhiteSpace();
}
