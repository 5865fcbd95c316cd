namespace Sitrep.Coding;

/// <summary>
/// Turns a trigger's class (triggers.tsv) into an ACLED sub-event type, using who acts and the sentence's cues.
/// The classes are documented in triggers.tsv's header.
/// </summary>
public static class SubTypeResolver
{
    public static string Resolve(string triggerClass, Roles roles, SentenceMentions s)
    {
        bool Has(string cue) => s.Cues(cue).Any();
        var civilianTarget = roles.Actor2?.IsCivilian == true || Has("civilian");
        switch (triggerClass)
        {
            // "ont capturé 13 religieuses": people taken, not a place.
            case "capture" or "fall" when roles.Actor2 is { IsCivilian: true }:
                return "Abduction/forced disappearance";
            case "fall":
            case "lose":
            case "capture":
                return roles.Actor1 is null ? (roles.Actor2?.IsGovernmentSide == true ? "Non-state actor overtakes territory" : "Government regains territory")
                    : roles.Actor1.IsGovernmentSide ? "Government regains territory" : "Non-state actor overtakes territory";
            case "withdraw":
                return "Non-violent transfer of territory";
            case "repel":
                return "Armed clash";
            case "evacuate" or "decree":
                return "Other";
            case "strike":
                var attackerCanFly = roles.Actor1 is null || roles.Actor1.Side != "opp";
                var airForce = roles.Actor1 is { Side: "gov" or "intl" or "turkey" } && !Has("ground");
                return attackerCanFly && (Has("air") || airForce) ? "Air/drone strike" : "Shelling/artillery/missile attack";
            case "kill":
                if (IsProtest(s)) return "Excessive force against protesters";
                return roles.Actor2 is { IsCivilian: false } ? "Armed clash" : "Attack";
            case "fire":
                // "des manifestants ont été la cible de tirs": shooting at a protest is lethal force against it.
                if (IsProtest(s)) return "Excessive force against protesters";
                if (Has("ground")) return "Shelling/artillery/missile attack";
                if (civilianTarget) return "Attack";
                return roles.Actor2 is null && PlaceAfter(s, roles) ? "Shelling/artillery/missile attack" : "Armed clash";
            case "protest":
                if (Has("fatal") || s.Of(Model.MentionKind.Trigger).Any(t => t.Value == "fire")) return "Excessive force against protesters";
                return Has("intervention") ? "Protest with intervention" : "Peaceful protest";
            case "Looting/property destruction" or "Violent demonstration" when roles.Actor1 is { IsCivilian: true }:
                return "Violent demonstration";
            case "Remote explosive/landmine/IED" or "Suicide bomb" or "Shelling/artillery/missile attack" or "Air/drone strike"
                when IsStopped(s, roles.Trigger):
                return "Disrupted weapons use";
            default:
                return triggerClass;
        }
    }

    /// <summary>"ont ouvert le feu sur les quartiers ouest d'Alep": fire aimed at a place, not at a force, is shelling.</summary>
    private static bool PlaceAfter(SentenceMentions s, Roles roles) =>
        // Starting after the trigger's end (its next token on), at most ten tokens after it.
        StartingWithin.First(s.Of(Model.MentionKind.Place), roles.Trigger.EndToken + 1, 9) is not null;

    private static bool IsProtest(SentenceMentions s) => s.Of(Model.MentionKind.Trigger).Any(t => t.Value == "protest");

    /// <summary>"le véhicule piégé a été détruit", "les missiles ont été interceptés": a weapon stopped before it strikes.</summary>
    public static bool IsStopped(SentenceMentions s, LocatedMention weapon) => StartingWithin.First(s.Cues("foiled"), weapon.EndToken, int.MaxValue) is not null;
}
