using System.Text;
using Sitrep.Text;

namespace Sitrep.Ingest.Cleaning;

/// <summary>
/// Lines folded as <see cref="TextNormalizer.Normalize(string)"/> folds them, one character's fold after another, into a
/// buffer of the thread rather than a new string, for the tests cleaning makes of every line and then drops.
/// </summary>
internal static class LineFold
{
    [ThreadStatic] private static char[]? t_buffer;

    /// <summary>The folded line, in a buffer of the thread that the next call overwrites.</summary>
    public static ReadOnlySpan<char> Folded(ReadOnlySpan<char> line)
    {
        var buffer = t_buffer ??= new char[512];
        var length = 0;
        foreach (var c in line)
        {
            var fold = TextNormalizer.Fold(c);
            if (length + fold.Length > buffer.Length) Array.Resize(ref buffer, Math.Max(2 * buffer.Length, length + fold.Length));
            // Nearly every character folds into one: stored as it is, not copied as a string.
            if (fold.Length == 1) buffer[length++] = fold[0];
            else
            {
                fold.CopyTo(buffer.AsSpan(length));
                length += fold.Length;
            }
        }
        t_buffer = buffer;
        return buffer.AsSpan(0, length);
    }

    /// <summary>The folded line with each run of whitespace made one space, and none at either end.</summary>
    public static string Spaced(ReadOnlySpan<char> line)
    {
        var spaced = new StringBuilder(line.Length);
        var folds = new SpacedFolds(line);
        while (folds.TryNext(out var c)) spaced.Append(c);
        return spaced.ToString();
    }

    /// <summary>Whether <see cref="Spaced"/> of the line is <paramref name="spaced"/>; stops at the first difference.</summary>
    public static bool SpacesTo(ReadOnlySpan<char> line, string spaced)
    {
        var folds = new SpacedFolds(line);
        var at = 0;
        while (folds.TryNext(out var c))
            if (at == spaced.Length || spaced[at++] != c)
                return false;
        return at == spaced.Length;
    }

    /// <summary>The characters of <see cref="Spaced"/> one at a time, folding no more of the line than is read.</summary>
    private ref struct SpacedFolds(ReadOnlySpan<char> line)
    {
        private readonly ReadOnlySpan<char> _line = line;
        private int _next;
        private string _fold = "";
        private int _inFold;
        private bool _started;
        private bool _spacePending;

        public bool TryNext(out char c)
        {
            while (TryNextFolded(out c))
            {
                if (char.IsWhiteSpace(c))
                {
                    _spacePending = _started;
                    continue;
                }
                if (_spacePending)
                {
                    // The space is given now and the character it preceded on the next call.
                    _spacePending = false;
                    _inFold--;
                    c = ' ';
                    return true;
                }
                _started = true;
                return true;
            }
            return false;
        }

        private bool TryNextFolded(out char c)
        {
            while (_inFold == _fold.Length)
            {
                if (_next == _line.Length)
                {
                    c = default;
                    return false;
                }
                _fold = TextNormalizer.Fold(_line[_next++]);
                _inFold = 0;
            }
            c = _fold[_inFold++];
            return true;
        }
    }
}
