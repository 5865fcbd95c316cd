namespace Sitrep.Coding;

/// <summary>What the actor dictionary says of one actor mention: canonical name, side and label lemma.</summary>
public sealed record ActorInfo(string Name, string Side, string? Label, LocatedMention Mention)
{
    public bool IsGovernmentSide => Side == "gov";
    public bool IsCivilian => Side == "civ";
    public bool IsPolitical => Side is "pol" or "un";

    /// <summary>Reads the detail "side|label" that the actor recognizer gives.</summary>
    public static ActorInfo From(LocatedMention m)
    {
        var parts = (m.Detail ?? "").Split('|');
        var side = parts.Length > 0 ? parts[0] : "";
        var label = parts.Length > 1 && parts[1].Length > 0 ? parts[1] : null;
        return new ActorInfo(m.Value, side, label, m);
    }
}
