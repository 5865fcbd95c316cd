using System.Globalization;
using Sitrep.Evaluation;
using Sitrep.Model;

namespace Sitrep.Tests.Challenge;

/// <summary>
/// The event fields a challenge case can check, each read from a predicted event as text (null for "none")
/// and compared the way <c>sitrep eval</c> compares it.
/// </summary>
public static class ChallengeFields
{
    private sealed record Field(Func<Event, string?> Read, Func<string?, string?, bool> Agree);

    private static readonly IReadOnlyDictionary<string, Field> All = new Dictionary<string, Field>
    {
        ["actor1"] = CanonicalName(e => e.Actor1),
        ["actor2"] = CanonicalName(e => e.Actor2),
        ["date"] = Exactly(e => e.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        ["precision"] = Exactly(e => e.TimePrecision.ToString(CultureInfo.InvariantCulture)),
        ["fatalities"] = Exactly(e => e.Fatalities?.ToString(CultureInfo.InvariantCulture)),
        ["injured"] = Exactly(e => e.Injured?.ToString(CultureInfo.InvariantCulture)),
        ["sources"] = new(e => e.Sources.Count == 0 ? null : string.Join(", ", e.Sources), SameChain),
        ["negated"] = Exactly(e => e.Negated ? "true" : "false"),
        ["hedged"] = Exactly(e => e.Hedged ? "true" : "false"),
    };

    public static IEnumerable<string> Names => All.Keys;

    public static bool IsKnown(string name) => All.ContainsKey(name);

    /// <summary>The names of the checked fields where the predicted event disagrees with the expected one.</summary>
    public static IEnumerable<string> Disagreements(ExpectedEvent expected, Event predicted) =>
        expected.Checks.Where(c => !All[c.Key].Agree(c.Value, All[c.Key].Read(predicted))).Select(c => c.Key);

    public static string? Read(string name, Event predicted) => All[name].Read(predicted);

    /// <summary>A predicted event on one line, every checkable field shown.</summary>
    public static string Describe(Event e) =>
        string.Join(" | ", All.Select(f => $"{f.Key}: {f.Value.Read(e) ?? "none"}").Prepend($"{e.SubEventType} @ {e.Location ?? "(no location)"}"));

    public static bool SameLocation(ExpectedEvent expected, Event predicted) =>
        MatchKeys.Location(expected.Location) == MatchKeys.Location(predicted.Location);

    private static Field CanonicalName(Func<Event, string?> read) => new(read, MatchKeys.SameName);

    private static Field Exactly(Func<Event, string?> read) => new(read, (a, b) => a == b);

    private static bool SameChain(string? expected, string? predicted) =>
        expected is null || predicted is null
            ? expected is null && predicted is null
            : Split(expected).SequenceEqual(Split(predicted), StringComparer.Ordinal);

    private static IEnumerable<string> Split(string chain) => chain.Split(',').Select(s => MatchKeys.NameKey(s));
}
