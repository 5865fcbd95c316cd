using System.Collections.Frozen;
using System.Globalization;
using Sitrep.Model;
using Sitrep.Resources;

namespace Sitrep.Recognition.Places;

/// <summary>
/// The places Sitrep knows: <c>places/syria.tsv</c> plus a language's own spellings (<c>lang/fr/places.tsv</c>),
/// indexed by <see cref="TransliterationKey"/>. Loaded once; immutable and thread-safe.
/// </summary>
public sealed class Gazetteer
{
    public const string Country = "Syria";

    private readonly FrozenDictionary<string, GazetteerEntry> _entries;
    private readonly IReadOnlyList<(string Spelling, PlaceCandidate Candidate)> _spellings;
    // Each key's places with what is asked of them: the scanner and the namesake resolver ask of every name they find,
    // and some names have hundreds of namesakes to read through.
    private readonly FrozenDictionary<string, Namesakes> _byKey;
    // The span views of _byKey and _longestNameByFirstWord, for the scanner's keys (TransliterationKey.KeyOfNormalized).
    private readonly FrozenDictionary<string, Namesakes>.AlternateLookup<ReadOnlySpan<char>> _byKeySpan;
    private readonly FrozenDictionary<string, int> _longestNameByFirstWord;
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _longestNameByFirstWordSpan;

    /// <summary><see cref="Ancestors"/> of every place, walked once at load: namesakes, places and the coder ask it per name.</summary>
    private readonly FrozenDictionary<string, GazetteerEntry[]> _ancestors;

    /// <summary>
    /// <see cref="ToPlace"/>'s places by id, one slot per precision, each made on first need: the coder resolves every
    /// place mention of every sentence, and a place is an immutable record (two threads may both make one; either stands).
    /// </summary>
    private readonly FrozenDictionary<string, Place?[]> _places;

    private const int CachedPrecisions = 4;

    private Gazetteer(
        FrozenDictionary<string, GazetteerEntry> entries,
        IReadOnlyList<(string Spelling, PlaceCandidate Candidate)> spellings,
        IReadOnlySet<string> languages)
    {
        _entries = entries;
        _spellings = spellings;
        Languages = languages;
        var byKey = new Dictionary<string, List<PlaceCandidate>>();
        var longest = new Dictionary<string, int>();
        foreach (var (spelling, candidate) in spellings)
        {
            var words = TransliterationKey.Words(spelling);
            if (words.Count == 0) continue;
            var key = string.Concat(words);
            if (!byKey.TryGetValue(key, out var list)) byKey[key] = list = [];
            // One candidate per place and key: the first spelling (the canonical name, then the sources' order) cites it.
            if (list.All(c => c.Entry.Id != candidate.Entry.Id)) list.Add(candidate);
            longest[words[0]] = Math.Max(longest.GetValueOrDefault(words[0]), words.Count);
        }
        _ancestors = entries.Keys.ToFrozenDictionary(id => id, id => WalkAncestors(id).ToArray());
        _byKey = byKey.ToFrozenDictionary(kv => kv.Key, kv => Namesakes.Of([.. kv.Value], AncestorChain));
        _places = entries.Keys.ToFrozenDictionary(id => id, _ => new Place?[CachedPrecisions]);
        _longestNameByFirstWord = longest.ToFrozenDictionary();
        _byKeySpan = _byKey.GetAlternateLookup<ReadOnlySpan<char>>();
        _longestNameByFirstWordSpan = _longestNameByFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Loads <c>places/syria.tsv</c> from <see cref="ResourcePaths"/>, with no language's own spellings.</summary>
    public static Gazetteer Load() => LoadFile(GazetteerFile);

    /// <summary>Loads <c>places/syria.tsv</c> and the language's spellings (<c>lang/xx/places.tsv</c>).</summary>
    /// <remarks>Indexed once, with both files' spellings: indexing is most of what loading costs.</remarks>
    public static Gazetteer Load(string language)
    {
        var (entries, spellings) = ReadFile(GazetteerFile);
        spellings.AddRange(ReadSpellings(entries, SpellingsFile(language), language));
        return new Gazetteer(entries, spellings, new HashSet<string> { language });
    }

    /// <summary>Loads a gazetteer file with the columns of <c>places/syria.tsv</c>.</summary>
    public static Gazetteer LoadFile(string gazetteerFile)
    {
        var (entries, spellings) = ReadFile(gazetteerFile);
        return new Gazetteer(entries, spellings, new HashSet<string>());
    }

    /// <summary>The languages whose own spellings this gazetteer holds.</summary>
    public IReadOnlySet<string> Languages { get; }

    /// <summary>This gazetteer plus a language's spellings (<c>lang/xx/places.tsv</c>); itself when it has them already.</summary>
    public Gazetteer WithLanguage(string language) =>
        Languages.Contains(language) ? this : WithSpellings(SpellingsFile(language), language);

    /// <summary>This gazetteer plus the spellings of a file with columns place_id, spelling, geo_precision, note.</summary>
    public Gazetteer WithSpellings(string spellingsFile, string language) =>
        new(_entries, [.. _spellings, .. ReadSpellings(_entries, spellingsFile, language)], new HashSet<string>(Languages) { language });

    private static string GazetteerFile => Path.Combine(ResourcePaths.Places, "syria.tsv");

    private static string SpellingsFile(string language) => Path.Combine(ResourcePaths.Language(language), "places.tsv");

    private static (FrozenDictionary<string, GazetteerEntry> Entries, List<(string, PlaceCandidate)> Spellings) ReadFile(string gazetteerFile)
    {
        var entries = new Dictionary<string, GazetteerEntry>();
        var spellings = new List<(string, PlaceCandidate)>();
        foreach (var row in TsvFile.Read(gazetteerFile, "places/" + Path.GetFileName(gazetteerFile)))
        {
            var entry = new GazetteerEntry(row["id"], row["name"], row["level"], row.Optional("parent"),
                Coordinate(row.Optional("lat")), Coordinate(row.Optional("lon")), row.Citation);
            if (!entries.TryAdd(entry.Id, entry)) throw new InvalidDataException($"{row.Citation}: duplicate id '{entry.Id}'");
            spellings.Add((entry.Name, new PlaceCandidate(entry, row.Citation, 1, IsCanonicalName: true)));
            foreach (var alias in row["aliases"].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                spellings.Add((alias, new PlaceCandidate(entry, row.Citation, 1, IsCanonicalName: false)));
        }
        return (entries.ToFrozenDictionary(), spellings);
    }

    private static IEnumerable<(string, PlaceCandidate)> ReadSpellings(
        FrozenDictionary<string, GazetteerEntry> entries, string spellingsFile, string language)
    {
        foreach (var row in TsvFile.Read(spellingsFile, $"{language}/{Path.GetFileName(spellingsFile)}"))
        {
            if (!entries.TryGetValue(row["place_id"], out var entry))
                throw new InvalidDataException($"{row.Citation}: unknown place id '{row["place_id"]}'");
            var precision = row.Optional("geo_precision") is { } p ? int.Parse(p, CultureInfo.InvariantCulture) : 1;
            yield return (row["spelling"], new PlaceCandidate(entry, row.Citation, precision, IsCanonicalName: false));
        }
    }

    private static double? Coordinate(string? text) =>
        text is null ? null : double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    public int Count => _entries.Count;

    public GazetteerEntry? Entry(string id) => _entries.GetValueOrDefault(id);

    /// <summary>The places whose name or alias has this key (<see cref="TransliterationKey.Of"/>).</summary>
    public IReadOnlyList<PlaceCandidate> Lookup(string key) => _byKey.TryGetValue(key, out var n) ? n.Candidates : [];

    /// <summary>The places whose name or alias has this key, with what namesakes are resolved by; <see cref="Namesakes.None"/> for none.</summary>
    internal Namesakes NamesakesOf(ReadOnlySpan<char> key) => _byKeySpan.TryGetValue(key, out var n) ? n : Namesakes.None;

    /// <summary>The places a written name may be.</summary>
    public IReadOnlyList<PlaceCandidate> Find(string name) => Lookup(TransliterationKey.Of(name));

    /// <summary>How many key words the longest name starting with this key word has; 0 when no name starts with it.</summary>
    public int LongestNameStartingWith(string firstWordKey) => _longestNameByFirstWord.GetValueOrDefault(firstWordKey);

    /// <inheritdoc cref="LongestNameStartingWith(string)"/>
    internal int LongestNameStartingWith(ReadOnlySpan<char> firstWordKey) =>
        _longestNameByFirstWordSpan.TryGetValue(firstWordKey, out var longest) ? longest : 0;

    /// <summary>The parent chain of a place, nearest first, the place itself excluded.</summary>
    public IEnumerable<GazetteerEntry> Ancestors(string id) => AncestorChain(id);

    /// <inheritdoc cref="Ancestors"/>
    /// <remarks>As an array, for loops run per name: walking it through the interface made an enumerator each time.</remarks>
    internal GazetteerEntry[] AncestorChain(string id) => _ancestors.TryGetValue(id, out var chain) ? chain : [];

    private IEnumerable<GazetteerEntry> WalkAncestors(string id)
    {
        var seen = new HashSet<string> { id };
        for (var e = Entry(id); e?.ParentId is { } parentId && seen.Add(parentId);)
        {
            e = Entry(parentId);
            if (e is null) yield break;
            yield return e;
        }
    }

    /// <summary>
    /// The canonical place for an id. Parent is the nearest city or province above it; Admin1 the province.
    /// A place with no point of its own takes its nearest ancestor's point at precision 2 ("part of").
    /// </summary>
    /// <param name="geoPrecision">The precision the mention implies (2 for "l'est d'Alep"); a coarser level wins.</param>
    public Place ToPlace(string id, int geoPrecision = 1)
    {
        if (geoPrecision is < 0 or >= CachedPrecisions || !_places.TryGetValue(id, out var slots)) return MakePlace(id, geoPrecision);
        return slots[geoPrecision] ??= MakePlace(id, geoPrecision);
    }

    private Place MakePlace(string id, int geoPrecision)
    {
        var entry = Entry(id) ?? throw new KeyNotFoundException($"no place '{id}' in the gazetteer");
        var ancestors = Ancestors(id).ToList();
        var precision = Math.Max(geoPrecision, PlaceLevels.IntrinsicPrecision(entry.Level));
        var point = entry.HasPoint ? entry : ancestors.FirstOrDefault(a => a.HasPoint);
        if (!entry.HasPoint && point is not null) precision = Math.Max(precision, 2);
        var province = entry.Level == "province" ? entry : ancestors.FirstOrDefault(a => a.Level == "province");
        return new Place(
            Name: entry.Name,
            Parent: ancestors.FirstOrDefault(a => a.Level is "city" or "province")?.Name,
            Country: Country,
            Level: PlaceLevels.ToEventLevel(entry.Level),
            Id: entry.Id,
            Admin1: province?.Name,
            Latitude: point?.Latitude,
            Longitude: point?.Longitude,
            GeoPrecision: precision);
    }

    /// <summary>True when <paramref name="ancestorId"/> is <paramref name="placeId"/> itself or one of its parents.</summary>
    public bool IsWithin(string placeId, string ancestorId)
    {
        if (placeId == ancestorId) return true;
        if (!_ancestors.TryGetValue(placeId, out var chain)) return false;
        foreach (var a in chain)
            if (a.Id == ancestorId) return true;
        return false;
    }

    /// <summary>
    /// The place a mention of <see cref="PlaceRecognizer"/> stands for: the gazetteer place at the precision the
    /// mention's detail gives, or, for a name the gazetteer lacks (empty value), an unknown place as written.
    /// </summary>
    public Place Resolve(Mention mention, string written)
    {
        var (level, precision) = PlaceMentionDetail.Parse(mention.Detail);
        if (mention.Value.Length == 0) return Unknown(written, level);
        var place = ToPlace(mention.Value, precision);
        return level == PlaceMentionDetail.SiteLevel && place.Level != level ? SiteIn(written, place) : place;
    }

    /// <summary>
    /// A site named after the place it stands in ("l'université d'Alep", "l'aéroport militaire de Kweires"): the
    /// gazetteer holds the place, not the site, so the site keeps its written name, the place's point, and no id.
    /// </summary>
    private static Place SiteIn(string written, Place within) => within with
    {
        Name = written,
        Parent = within.Level == "city" ? within.Name : within.Parent ?? within.Name,
        Level = PlaceMentionDetail.SiteLevel,
        Id = null,
    };

    /// <summary>A place the gazetteer does not hold, known only by its written name and the place word before it.</summary>
    public static Place Unknown(string writtenName, string level) =>
        new(writtenName, Parent: null, Country, level, GeoPrecision: PlaceLevels.IntrinsicPrecision(level));
}
