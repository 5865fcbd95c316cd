namespace Sitrep.Coding;

/// <summary>
/// A roles rule with one more step ("active: subject before the trigger; implied actor2"), written once per thread and
/// shared. The rules are a fixed first decision and fixed steps (naming dictionary actors at most), so a thread meets
/// few of them, again and again: a rule made anew at every step was a string of some 80 characters, thrown away as soon
/// as the next step was added or its why line was found.
/// </summary>
internal static class RuleSteps
{
    // Per thread, not shared: the coder's threads each build their own, without locks. By rule, then step: a key of two
    // strings would be generic code compiled at run time, not ahead of it.
    [ThreadStatic] private static Dictionary<string, Dictionary<string, string>>? t_rules;

    public static string Then(string rule, string step)
    {
        // No step (a rule some branches leave as it is): the rule itself, as a concatenation with "" gives.
        if (step.Length == 0) return rule;
        var rules = t_rules ??= new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        if (!rules.TryGetValue(rule, out var steps)) rules[rule] = steps = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!steps.TryGetValue(step, out var made)) steps[step] = made = rule + step;
        return made;
    }
}
