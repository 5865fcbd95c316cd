using System.Collections.Concurrent;

namespace Sitrep.Coding;

/// <summary>
/// The two why lines every act writes that depend on the resources only: its trigger's ("trigger: entry → class") and
/// its roles' ("roles: rule"). Documents write the same ones again and again (a few hundred trigger entries; rules made
/// of a fixed step and fixed completions, naming dictionary actors at most): each is written once for the run and
/// shared, not made anew for every act (two strings of some 80 characters an act). Shared by the coder's threads.
/// </summary>
public sealed class ActLines
{
    private readonly ConcurrentDictionary<(string Entry, string Class), string> _triggers = new();
    private readonly ConcurrentDictionary<string, string> _roles = new(StringComparer.Ordinal);

    public string Trigger(LocatedMention trigger) =>
        _triggers.GetOrAdd((trigger.Mention.Entry, trigger.Value), static t => $"trigger: {t.Entry} → {t.Class}");

    public string Roles(string rule) => _roles.GetOrAdd(rule, static r => WhyLines.Roles + r);
}
