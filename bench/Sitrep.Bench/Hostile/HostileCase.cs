using System.Text;

namespace Sitrep.Bench.Hostile;

/// <summary>How a hostile input reaches the stages after ingest.</summary>
public enum HostileInputKind
{
    /// <summary>A text file; the stages after ingest get the generated text as it is, unrepaired, as from any caller of the library.</summary>
    Line,

    /// <summary>An HTML page; the stages after ingest get the text ingest extracted, if it accepted the page.</summary>
    Html,
}

/// <summary>
/// One pathological input: a head written once, then a piece repeated up to each size of a ladder, then a tail.
/// Growing the same input lets the bench tell a slow stage from a super-linear one.
/// </summary>
public sealed record HostileCase(string Name, HostileInputKind Kind, double[] SizesMb, string Piece, string Head = "", string Tail = "")
{
    public string Extension => Kind == HostileInputKind.Html ? ".html" : ".txt";

    /// <summary>The input at about <paramref name="megabytes"/> of UTF-8 (a lone surrogate counts as the three bytes of its replacement).</summary>
    public string Make(double megabytes)
    {
        var pieceBytes = Encoding.UTF8.GetByteCount(Piece);
        var count = Math.Max(1, (long)(megabytes * HostileBench.Megabyte) / pieceBytes);
        var text = new StringBuilder(Head, (int)(count * Piece.Length) + Head.Length + Tail.Length);
        for (var i = 0; i < count; i++) text.Append(Piece);
        return text.Append(Tail).ToString();
    }
}
