namespace Sitrep.Model;

/// <summary>ACLED's event types and sub-event types, as EVENTS.md lists them.</summary>
public static class EventTaxonomy
{
    public static readonly IReadOnlyDictionary<string, string> TypeOfSubType = new Dictionary<string, string>
    {
        ["Armed clash"] = "Battles",
        ["Government regains territory"] = "Battles",
        ["Non-state actor overtakes territory"] = "Battles",
        ["Chemical weapon"] = "Explosions/Remote violence",
        ["Air/drone strike"] = "Explosions/Remote violence",
        ["Suicide bomb"] = "Explosions/Remote violence",
        ["Shelling/artillery/missile attack"] = "Explosions/Remote violence",
        ["Remote explosive/landmine/IED"] = "Explosions/Remote violence",
        ["Grenade"] = "Explosions/Remote violence",
        ["Sexual violence"] = "Violence against civilians",
        ["Attack"] = "Violence against civilians",
        ["Abduction/forced disappearance"] = "Violence against civilians",
        ["Peaceful protest"] = "Protests",
        ["Protest with intervention"] = "Protests",
        ["Excessive force against protesters"] = "Protests",
        ["Violent demonstration"] = "Riots",
        ["Mob violence"] = "Riots",
        ["Agreement"] = "Strategic developments",
        ["Arrests"] = "Strategic developments",
        ["Change to group/activity"] = "Strategic developments",
        ["Disrupted weapons use"] = "Strategic developments",
        ["Headquarters or base established"] = "Strategic developments",
        ["Looting/property destruction"] = "Strategic developments",
        ["Non-violent transfer of territory"] = "Strategic developments",
        ["Other"] = "Strategic developments",
    };

    public static bool IsSubType(string name) => TypeOfSubType.ContainsKey(name);
}
