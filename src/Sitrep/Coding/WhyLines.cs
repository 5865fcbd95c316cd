namespace Sitrep.Coding;

/// <summary>
/// The "why" of an event: one line per step ("trigger: …", "roles: …", "place: …", "date: …", "attribution: …"), which a
/// later rule may rewrite when it changes what that step decided.
/// </summary>
internal static class WhyLines
{
    public const string Roles = "roles: ", Place = "place: ", Date = "date: ", Attribution = "attribution: ";

    // A step's line for a rule: one delegate a step for the run (a lambda reading the step was a closure and a delegate
    // made for every document).
    private static readonly Func<string?, string> PlaceOf = rule => Place + rule, DateOf = rule => Date + rule,
        AttributionOf = rule => Attribution + rule;

    /// <summary>The place line for a rule, written once for its rule string while the events that follow share it.</summary>
    public static LastResult<string?, string> PlaceLine() => new(PlaceOf);

    /// <summary>As <see cref="PlaceLine"/>, the date line.</summary>
    public static LastResult<string?, string> DateLine() => new(DateOf);

    /// <summary>As <see cref="PlaceLine"/>, the attribution line.</summary>
    public static LastResult<string?, string> AttributionLine() => new(AttributionOf);

    /// <summary>The lines with the one of the given step rewritten.</summary>
    public static List<string> Rewrite(IReadOnlyList<string> why, string step, Func<string, string> rewrite) =>
        why.Select(w => w.StartsWith(step, StringComparison.Ordinal) ? rewrite(w) : w).ToList();

    /// <summary>The line of the given step, or "" when there is none.</summary>
    public static string Of(IReadOnlyList<string> why, string step) =>
        why.FirstOrDefault(w => w.StartsWith(step, StringComparison.Ordinal)) ?? "";
}
