namespace Sitrep.Coding;

/// <summary>
/// The "why" of an event: one line per step ("trigger: …", "roles: …", "place: …", "date: …", "attribution: …"), which a
/// later rule may rewrite when it changes what that step decided.
/// </summary>
internal static class WhyLines
{
    public const string Roles = "roles: ", Place = "place: ", Date = "date: ", Attribution = "attribution: ";

    /// <summary>A step's line for a rule, written once for its rule string while the events that follow share it.</summary>
    public static LastResult<string?, string> Line(string step) => new(rule => step + rule);

    /// <summary>The lines with the one of the given step rewritten.</summary>
    public static List<string> Rewrite(IReadOnlyList<string> why, string step, Func<string, string> rewrite) =>
        why.Select(w => w.StartsWith(step, StringComparison.Ordinal) ? rewrite(w) : w).ToList();

    /// <summary>The line of the given step, or "" when there is none.</summary>
    public static string Of(IReadOnlyList<string> why, string step) =>
        why.FirstOrDefault(w => w.StartsWith(step, StringComparison.Ordinal)) ?? "";
}
