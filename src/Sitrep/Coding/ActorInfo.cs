using System.Collections.Concurrent;

namespace Sitrep.Coding;

/// <summary>
/// What the actor dictionary says of one actor mention: canonical name, side, label lemma, and the actor the
/// label frames when it is another one (<see cref="LabelActor"/>).
/// </summary>
public sealed record ActorInfo(string Name, string Side, string? Label, LocatedMention Mention, string? LabelActor = null)
{
    public bool IsGovernmentSide => Side == "gov";
    public bool IsCivilian => Side == "civ";
    public bool IsPolitical => Side is "pol" or "un";

    /// <summary>Reads the detail "side|label|label_actor" that the actor recognizer gives.</summary>
    public static ActorInfo From(LocatedMention m)
    {
        var fields = Details.GetOrAdd(m.Detail ?? "", ReadFields);
        return new ActorInfo(m.Value, fields.Side, fields.Label, m, fields.LabelActor);
    }

    /// <summary>
    /// Each detail's fields, read once for the run and shared by the threads: a detail is a row of actors.tsv (the only
    /// source of actor mentions), and each mention of that row cut its label and label actor from it again (two strings
    /// for most actor mentions).
    /// </summary>
    private static readonly ConcurrentDictionary<string, DetailFields> Details = new(StringComparer.Ordinal);

    private static readonly Func<string, DetailFields> ReadFields = detail =>
    {
        // The fields in one pass (each read from the last one's end, not from the detail's start again).
        var rest = detail.AsSpan();
        var side = SideOf(NextField(ref rest));
        var label = NextField(ref rest);
        return new DetailFields(side, OrNull(label), OrNull(NextField(ref rest)));
    };

    private sealed record DetailFields(string Side, string? Label, string? LabelActor);

    /// <summary>The sides actors.tsv names: each is shared, not cut from the detail again for every actor mention.</summary>
    private static readonly string[] Sides = ["gov", "opp", "kurd", "turkey", "intl", "civ", "pol", "un"];

    private static string SideOf(ReadOnlySpan<char> field)
    {
        foreach (var side in Sides)
            if (field.SequenceEqual(side)) return side;
        return field.ToString();
    }

    /// <summary>
    /// Whether the mention reads as civilians, or as an opposition group named by a label ("les rebelles"), as
    /// <see cref="From"/> would tell, without building it: the speakers of every sentence with a verb of saying are read so.
    /// </summary>
    public static bool IsCivilianOrLabelledOpposition(LocatedMention m)
    {
        var rest = (m.Detail ?? "").AsSpan();
        var side = NextField(ref rest);
        return side.SequenceEqual("civ") || !NextField(ref rest).IsEmpty && side.SequenceEqual("opp");
    }

    /// <summary>A field's text, or null when it is missing or empty.</summary>
    private static string? OrNull(ReadOnlySpan<char> field) => field.IsEmpty ? null : field.ToString();

    /// <summary>
    /// The detail's next field, up to its bar (empty when there is none left); <paramref name="rest"/> moves on past it.
    /// Read in place: every actor mention is read.
    /// </summary>
    private static ReadOnlySpan<char> NextField(ref ReadOnlySpan<char> rest)
    {
        var bar = rest.IndexOf('|');
        var field = bar < 0 ? rest : rest[..bar];
        rest = bar < 0 ? [] : rest[(bar + 1)..];
        return field;
    }
}
