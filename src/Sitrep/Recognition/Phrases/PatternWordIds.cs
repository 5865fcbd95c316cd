using System.Collections.Concurrent;

namespace Sitrep.Recognition.Phrases;

/// <summary>
/// A number for each whole word that some dictionary pattern has, given as patterns are parsed and never taken back:
/// matching compares a token with a pattern word as two integers (the token's remembered with its word by the pass)
/// instead of reading the token's norm and comparing two strings at every candidate pattern.
/// </summary>
/// <remarks>
/// A number never changes once given, so a token's number asked after a pattern was parsed is the pattern word's
/// whenever the token is that word; a word no pattern had then has <see cref="None"/>, which no pattern parsed before has.
/// </remarks>
internal static class PatternWordIds
{
    /// <summary>The number of a word no pattern has (and of prefix and gap words, which are not compared whole).</summary>
    public const int None = 0;

    private static readonly ConcurrentDictionary<string, int> s_ids = new(StringComparer.Ordinal);
    private static int s_last;

    /// <summary>The number of a pattern's word, given it on first sight.</summary>
    public static int Give(string folded) => s_ids.GetOrAdd(folded, static _ => Interlocked.Increment(ref s_last));

    /// <summary>The number of a token's norm: a pattern word's, or <see cref="None"/>.</summary>
    public static int Of(string norm) => s_ids.GetValueOrDefault(norm, None);
}
