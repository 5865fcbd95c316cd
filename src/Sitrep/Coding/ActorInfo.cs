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
        var detail = m.Detail ?? "";
        return new ActorInfo(m.Value, SideOf(Field(detail, 0)), Part(detail, 1), m, Part(detail, 2));
    }

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
        var detail = (m.Detail ?? "").AsSpan();
        var side = Field(detail, 0);
        return side.SequenceEqual("civ") || !Field(detail, 1).IsEmpty && side.SequenceEqual("opp");
    }

    /// <summary>The detail's field at an index, or null when it is missing or empty.</summary>
    private static string? Part(string detail, int index) => Field(detail, index) is { IsEmpty: false } field ? field.ToString() : null;

    /// <summary>The detail's field at an index, empty when it is missing (read in place: every actor mention is read).</summary>
    private static ReadOnlySpan<char> Field(ReadOnlySpan<char> detail, int index)
    {
        for (var i = 0; i < index; i++)
        {
            var bar = detail.IndexOf('|');
            if (bar < 0) return [];
            detail = detail[(bar + 1)..];
        }
        var end = detail.IndexOf('|');
        return end < 0 ? detail : detail[..end];
    }
}
