using System.Text.Encodings.Web;
using System.Text.Json;
using Sitrep.Model;
using Sitrep.Storage;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Storage;

/// <summary>The store writes short lists itself when it can: the text must be the serializer's, character for character.</summary>
public sealed class StoredListJsonTests : IDisposable
{
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly TempStoreFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void EachCharacterOfLatinScriptsAndPunctuationIsStoredAsTheSerializerWritesIt()
    {
        var characters = Enumerable.Range(0x20, 0x250 - 0x20).Concat(Enumerable.Range(0x2000, 0x70)).Concat(Enumerable.Range(0x2190, 0x70)).Select(c => (char)c).ToList();
        var events = characters.Select((c, i) => StoreSamples.Strike with { QuoteSpan = new TextSpan(i, 1), Sources = [$"a{c}b", "OSDH"] }).ToList();

        Assert.Equal(Expected(events), StoredSources(events));
    }

    public static TheoryData<string[]> Lists => new()
    {
        Array.Empty<string>(),
        new[] { "" },
        new[] { "l’armée « syrienne »", "Observatoire syrien des droits de l'homme" },
        new[] { "guillemets \"droits\"", "barre \\ oblique", "tab\there" },
        new[] { "trigger: fr/triggers.tsv:12 \"bombard*\" → strike", "\"\\\"" },
        new[] { "émoji 🚀", "espace\u00A0insécable" },
    };

    [Theory]
    [MemberData(nameof(Lists))]
    public void ListsOfAnyTextAreStoredAsTheSerializerWritesThem(string[] sources)
    {
        var events = new List<Event> { StoreSamples.Strike with { Sources = sources } };

        Assert.Equal(Expected(events), StoredSources(events));
    }

    [Fact]
    public void ListsFillingSeveralBuffersAreEachStoredWhole()
    {
        // A document's lists are written into shared buffers of a few thousand characters: some lists here span their end.
        var events = Enumerable.Range(0, 12)
            .Select(i => StoreSamples.Strike with { QuoteSpan = new TextSpan(i, 1), Sources = [new string((char)('a' + i), 900 * i), "OSDH \"x\""] })
            .Append(StoreSamples.Strike with { QuoteSpan = new TextSpan(99, 1), Sources = [new string('z', 20_000)] })
            .ToList();

        Assert.Equal(Expected(events), StoredSources(events));
    }

    private static List<string> Expected(IEnumerable<Event> events) =>
        events.Select(e => JsonSerializer.Serialize(e.Sources, Relaxed)).ToList();

    private List<string> StoredSources(IReadOnlyList<Event> events)
    {
        var path = _folder.File("sitrep.db");
        using (var store = SqliteEventStore.Open(path))
            store.Save(StoreSamples.Coded with { Events = events, Claims = [], Labels = [] }, "res-1");
        return RawSqliteFile.Column(path, "SELECT sources FROM events ORDER BY position").ToList();
    }
}
