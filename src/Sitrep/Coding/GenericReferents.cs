using Sitrep.Resources;

namespace Sitrep.Coding;

/// <summary>
/// Resolves generic words to the named group a document is about ("les djihadistes" → the Islamic State),
/// as listed in generic_referents.tsv: only when the document names that group at least as often as any other
/// armed group.
/// </summary>
public sealed class GenericReferents(IReadOnlyDictionary<string, string> groupOfLabel)
{
    public static GenericReferents Load(string language) =>
        new(TsvFile.Read(Path.Combine(ResourcePaths.Language(language), "generic_referents.tsv"), $"{language}/generic_referents.tsv")
            .ToDictionary(r => r["label"], r => r["group"], StringComparer.Ordinal));

    /// <summary>The actors with each generic word the document's most named group stands for renamed; the list given when none is.</summary>
    public List<ActorInfo> Resolve(List<ActorInfo> actors)
    {
        // Loops, not LINQ: this runs for every document, and a lambda reading these locals made its closure on every call.
        // How often each opposition group is named by its name.
        var named = new ActorCounts(actors, actors.Count <= ActorCounts.StackActors ? stackalloc int[2 * actors.Count] : new int[2 * actors.Count]);
        for (var i = 0; i < actors.Count; i++)
            if (actors[i] is { Label: null, Side: "opp" }) named.Add(i);
        if (named.IsEmpty) return actors;
        var most = named.Most();
        List<ActorInfo>? resolved = null;
        for (var i = 0; i < actors.Count; i++)
        {
            var a = actors[i];
            if (a.Label is null || !groupOfLabel.TryGetValue(a.Label, out var group) || named.Of(group, "opp") != most) continue;
            // Made at the first renamed actor, with the actors before it as they are.
            resolved ??= [.. actors];
            resolved[i] = a with { Name = group };
        }
        return resolved ?? actors;
    }
}
