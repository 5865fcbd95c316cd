using Sitrep.Resources;

namespace Sitrep.Bench.Generation;

/// <summary>An actor as written in a sentence, and whether the verb after it takes its plural form.</summary>
public sealed record Actor(string Written, bool IsPlural);

/// <summary>
/// What the generator fills slots with: the bench's own vocabulary file, and places read from the gazetteer
/// (<c>resources/places/syria.tsv</c>) and the French spellings (<c>resources/lang/fr/places.tsv</c>).
/// </summary>
public sealed class Vocabulary
{
    private readonly Dictionary<string, List<string>> _words;

    private Vocabulary(Dictionary<string, List<string>> words, IReadOnlyList<Actor> actors,
        IReadOnlyList<string> towns, IReadOnlyList<string> quarters, IReadOnlyList<string> provinces)
    {
        _words = words;
        Actors = actors;
        Towns = towns;
        Quarters = quarters;
        Provinces = provinces;
    }

    public IReadOnlyList<Actor> Actors { get; }
    public IReadOnlyList<string> Towns { get; }
    public IReadOnlyList<string> Quarters { get; }
    public IReadOnlyList<string> Provinces { get; }

    public IReadOnlyList<string> Words(string slot) =>
        _words.TryGetValue(slot, out var list) ? list : throw new InvalidDataException($"vocabulary has no slot {slot}");

    public static Vocabulary Load(string vocabularyFile)
    {
        var words = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var actors = new List<Actor>();
        foreach (var row in TsvFile.Read(vocabularyFile))
        {
            if (row["slot"] == "A") actors.Add(new Actor(row["value"], row.Optional("number") == "pl"));
            else
            {
                if (!words.TryGetValue(row["slot"], out var list)) words[row["slot"]] = list = [];
                list.Add(row["value"]);
            }
        }
        var gazetteer = TsvFile.Read(Path.Combine(ResourcePaths.Places, "syria.tsv")).ToList();
        string[] NamesAt(params string[] levels) =>
            gazetteer.Where(r => levels.Contains(r["level"])).Select(r => r["name"]).Distinct().ToArray();
        var levels = gazetteer.ToDictionary(r => r["id"], r => r["level"]);
        var french = TsvFile.Read(Path.Combine(ResourcePaths.Language("fr"), "places.tsv"))
            .Select(r => (Spelling: r["spelling"], Level: levels[r["place_id"]])).ToList();
        // The French spellings are the well-known places news name most: list them several times over.
        var frenchTowns = french.Where(f => f.Level != "province").Select(f => f.Spelling).Distinct().ToArray();
        var towns = NamesAt("city", "town", "village").Concat(Enumerable.Repeat(frenchTowns, 8).SelectMany(s => s));
        var provinces = french.Where(f => f.Level == "province").Select(f => f.Spelling).Distinct().ToArray();
        return new Vocabulary(words, actors, towns.ToArray(), NamesAt("neighbourhood"), provinces);
    }
}
