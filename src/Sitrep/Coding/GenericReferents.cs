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

    public IReadOnlyList<ActorInfo> Resolve(IReadOnlyList<ActorInfo> actors)
    {
        // How often each opposition group is named by its name.
        var named = new Dictionary<string, int>();
        foreach (var a in actors)
            if (a.Label is null && a.Side == "opp") named[a.Name] = named.GetValueOrDefault(a.Name) + 1;
        if (named.Count == 0) return actors;
        var most = named.Values.Max();
        return actors.Select(a =>
            a.Label is not null && groupOfLabel.TryGetValue(a.Label, out var group) && named.GetValueOrDefault(group) == most
                ? a with { Name = group } : a).ToList();
    }
}
