using System.Globalization;
using Sitrep.Model;

namespace Sitrep.Coding;

/// <summary>Deaths and injuries a sentence states, and which quantity mentions stated them.</summary>
public sealed record Casualties(int? Fatalities, int? Injured, IReadOnlySet<LocatedMention> Used)
{
    public static readonly Casualties None = new(null, null, new HashSet<LocatedMention>());
}

/// <summary>
/// Reads casualty figures: a number next to a word of death or injury (cues.tsv "fatal" and "injury"),
/// on either side: "43 morts", "tuant 5 personnes", "la mort de 68 miliciens", "9 blessés".
/// </summary>
public static class CasualtyReader
{
    /// <summary>Tokens allowed between the number and the cue ("tuant 5 personnes", "6 élèves et 9 adultes ont été tués").</summary>
    private const int Reach = 3;

    public static Casualties Read(SentenceMentions s)
    {
        var used = new HashSet<LocatedMention>();
        int? dead = Sum(s, "fatal", used), hurt = Sum(s, "injury", used);
        return new Casualties(dead, hurt, used);
    }

    private static int? Sum(SentenceMentions s, string cueKind, HashSet<LocatedMention> used)
    {
        int? total = null;
        foreach (var q in s.Of(MentionKind.Quantity))
        {
            if (used.Contains(q) || !IsCount(q)) continue;
            var near = s.Cues(cueKind).Any(c =>
                c.FirstToken >= q.EndToken && c.FirstToken - q.EndToken <= Reach ||
                q.FirstToken >= c.EndToken && q.FirstToken - c.EndToken <= Reach);
            if (!near) continue;
            used.Add(q);
            total = (total ?? 0) + (int)double.Parse(q.Value, CultureInfo.InvariantCulture);
        }
        return total;
    }

    private static bool IsCount(LocatedMention q) =>
        double.TryParse(q.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && v >= 0 && v < 1e7 && v == Math.Floor(v)
        && q.Detail is not "%";
}
