using System.Collections.Concurrent;

namespace Sitrep.Coding;

/// <summary>
/// The two why lines every act writes that depend on the resources only: its trigger's ("trigger: entry → class") and
/// its roles' ("roles: rule"). Documents write the same ones again and again (a few hundred trigger entries; rules made
/// of a fixed step and fixed completions, naming dictionary actors at most): each is written once for the run and
/// shared, not made anew for every act (two strings of some 80 characters an act). Shared by the coder's threads; keyed
/// by one string each (a key of two strings would be generic code compiled at run time, not ahead of it).
/// </summary>
public sealed class ActLines
{
    private const string TriggerStep = "trigger: ", Arrow = " → ";

    private readonly ConcurrentDictionary<string, TriggerLine> _triggers = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _roles = new(StringComparer.Ordinal);

    /// <summary>
    /// An entry's line and the class it names: the class is checked as a string of its own, mostly the same one (the
    /// dictionaries intern their values), not read again at the end of the line.
    /// </summary>
    private sealed record TriggerLine(string Class, string Line);

    public string Trigger(LocatedMention trigger)
    {
        var (entry, triggerClass) = (trigger.Mention.Entry, trigger.Value);
        // An entry cites one row of triggers.tsv, of one class: the line kept for it is that class's, checked all the same.
        if (_triggers.TryGetValue(entry, out var kept) && kept.Class == triggerClass) return kept.Line;
        var line = TriggerStep + entry + Arrow + triggerClass;
        _triggers[entry] = new TriggerLine(triggerClass, line);
        return line;
    }

    public string Roles(string rule) => _roles.GetOrAdd(rule, static r => WhyLines.Roles + r);
}
