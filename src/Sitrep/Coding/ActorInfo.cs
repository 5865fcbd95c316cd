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
        return new ActorInfo(m.Value, Part(detail, 0) ?? "", Part(detail, 1), m, Part(detail, 2));
    }

    /// <summary>The detail's field at an index, or null when it is missing or empty (read in place: every actor mention is read).</summary>
    private static string? Part(string detail, int index)
    {
        var start = 0;
        for (var i = 0; i < index; i++)
        {
            var bar = detail.IndexOf('|', start);
            if (bar < 0) return null;
            start = bar + 1;
        }
        var end = detail.IndexOf('|', start);
        if (end < 0) end = detail.Length;
        return end > start ? detail[start..end] : null;
    }
}
