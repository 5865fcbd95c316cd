namespace Sitrep.Text;

/// <summary>
/// A word's characters and length in two integers, so that a table keyed by them finds a word by comparing two
/// integers instead of hashing and comparing a string. Two or three characters of any kind ("de", "l’") take 16 bits
/// each; four to fifteen characters that are all Latin-1 (most French words) take 8 bits each; the length is in the top
/// byte, so two words have the same key exactly when they are written alike.
/// </summary>
internal readonly record struct PackedWord(ulong Low, ulong High)
{
    private const int LongestWide = 3;
    private const int LongestNarrow = 15;
    private const int LengthShift = 56;

    /// <summary>The key of <paramref name="text"/>, or false when it has none (one character, too long, or a character past Latin-1 in a long word).</summary>
    public static bool TryPack(ReadOnlySpan<char> text, out PackedWord packed)
    {
        packed = default;
        if (text.Length < 2 || text.Length > LongestNarrow) return false;
        ulong low = 0, high = (ulong)text.Length << LengthShift;
        if (text.Length <= LongestWide)
        {
            for (var i = 0; i < text.Length; i++) low |= (ulong)text[i] << (16 * i);
        }
        else
        {
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (c > 0xFF) return false;
                if (i < 8) low |= (ulong)c << (8 * i);
                else high |= (ulong)c << (8 * (i - 8));
            }
        }
        packed = new PackedWord(low, high);
        return true;
    }

    /// <summary>A slot among 2^<paramref name="bits"/>.</summary>
    public int Hash(int bits) => (int)(((Low ^ (High * 0xC2B2AE3D27D4EB4FUL)) * 0x9E3779B97F4A7C15UL) >> (64 - bits));
}
