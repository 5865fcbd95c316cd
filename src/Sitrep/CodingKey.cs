using Sitrep.Model;

namespace Sitrep;

/// <summary>
/// A mention's place in coding order as one number: its start, its kind, then its place in the input, from the high
/// bits down, so that numbers compare as the three do one after the other (<see cref="Pipeline.InCodingOrder"/>).
/// </summary>
internal static class CodingKey
{
    private const int PlaceBits = 28;
    private const int KindBits = 4;
    private const ulong PlaceMask = (1UL << PlaceBits) - 1;

    public static ulong Of(Mention mention, int place)
    {
        var kind = (uint)mention.Kind;
        if (kind >> KindBits != 0) throw new ArgumentOutOfRangeException(nameof(mention), mention.Kind, "a mention kind is one of MentionKind's");
        if ((uint)place >> PlaceBits != 0) throw new ArgumentOutOfRangeException(nameof(place), place, $"at most 2^{PlaceBits} mentions are put in order");
        // The sign bit flipped: a start compares as the signed number it is.
        var start = (uint)mention.Span.Start ^ 0x8000_0000u;
        return (ulong)start << (KindBits + PlaceBits) | (ulong)kind << PlaceBits | (uint)place;
    }

    /// <summary>The mention's place in the input.</summary>
    public static int Place(ulong key) => (int)(key & PlaceMask);
}
