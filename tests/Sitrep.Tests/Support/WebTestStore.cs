using System.Text.Json;
using Sitrep.Model;
using Sitrep.Storage;

namespace Sitrep.Tests.Support;

/// <summary>
/// A store for the web tests: short articles written for the tests, ingested and coded by `sitrep run`
/// (one of them hostile, with script and image tags in its title and text), plus two hand-made documents
/// that report the sample strike again with another figure, for the ledger. In a temporary SQLite file, or in the
/// store a URL names (a test's PostgreSQL database).
/// </summary>
public sealed class WebTestStore : IDisposable
{
    public const string HostileId = "w3_hostile";
    public const string HostileTitle = "<script>window.__pwned = 'title'</script> Combats <img src=x onerror=\"window.__pwned = 'title-img'\">";
    public const string HostileText =
        "Des combats ont opposé lundi les rebelles à l'armée syrienne à Homs <script>window.__pwned = 'text'</script>, " +
        "a rapporté l'OSDH. <img src=x onerror=\"window.__pwned = 'img'\"> Des obus sont tombés mardi sur Hama, selon l'OSDH.";

    private static readonly (string Id, string Outlet, string Title, string Text)[] Articles =
    [
        ("w1_quotidien", "Le Quotidien", "Frappes sur Saraqeb",
            "Des avions ont bombardé mardi la ville de Saraqeb, dans la province d'Idleb, tuant trois civils, " +
            "a fait savoir l'OSDH, une ONG basée à Londres."),
        ("w2_gazette", "La Gazette", "Saraqeb sous les bombes",
            "Selon l'OSDH, des raids aériens ont frappé mardi Saraqeb et tué cinq civils. " +
            "Les rebelles ont affronté l'armée syrienne près d'Alep, a ajouté l'ONG."),
        (HostileId, "Le Quotidien", HostileTitle, HostileText),
    ];

    private readonly TempStoreFolder _folder = new();

    public WebTestStore() : this(null)
    {
    }

    /// <summary>The same store coded into the store <paramref name="url"/> names.</summary>
    public static WebTestStore At(string url) => new(url);

    private WebTestStore(string? store)
    {
        Path = store ?? _folder.File("web.db");
        var list = string.Join("\n", Articles.Select(a => JsonSerializer.Serialize(new
        {
            id = a.Id, outlet = a.Outlet, published = "2020-02-05", language = "fr", title = a.Title, text = a.Text,
        })));
        var run = CliRun.Of("run", _folder.Write("articles.jsonl", list), "--store", Path);
        Assert.True(run.ExitCode == 0, run.Error);
        using var stored = StoreFactory.Open(Path);
        stored.Save(StoreSamples.Coded, "test");
        stored.Save(Retelling, "test");
    }

    /// <summary>The store: a SQLite file path, or the URL given.</summary>
    public string Path { get; }

    /// <summary>Another outlet's report of <see cref="StoreSamples.Strike"/>, with another share of people who fled.</summary>
    public static CodedDocument Retelling
    {
        get
        {
            var document = StoreSamples.Document with { Id = "t02_retelling", Outlet = "La Gazette" };
            var strike = StoreSamples.Strike with { DocId = document.Id, Sources = ["SOHR"] };
            var fled = StoreSamples.Fled with { DocId = document.Id, Value = 55, Sources = ["UNHCR"] };
            var label = StoreSamples.Rebels with { DocId = document.Id, Word = "terroriste", Entry = "fr/labels.tsv: terroristes" };
            return new CodedDocument(document, [strike], [fled], [label], StoreSamples.Mentions);
        }
    }

    public void Dispose() => _folder.Dispose();
}
