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
        var parts = (m.Detail ?? "").Split('|');
        string? Part(int i) => parts.Length > i && parts[i].Length > 0 ? parts[i] : null;
        return new ActorInfo(m.Value, Part(0) ?? "", Part(1), m, Part(2));
    }
}
