using Sitrep.Model;
using Sitrep.Storage;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Storage;

/// <summary>The stored content hash changes with every field of a document, and only with them.</summary>
public sealed class ContentHashTests : IDisposable
{
    private static readonly Document Original = new("doc-1", "Le Monde", new PartialDate(2016, 12, 6), "fr", "Alep : « frappes » à l'est",
        "Des frappes ont touché Alep-Est mardi.\nL'OSDH évoque 12 morts — dont 3 enfants. \"Cité\" <b>&</b>\t’ 🚀", "corpus.jsonl:1");

    private readonly TempStoreFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>Each document differs from <see cref="Original"/> in one field, in each way a field can.</summary>
    public static TheoryData<string, Document> Changed() => new()
    {
        { "id", Original with { Id = "doc-2" } },
        { "outlet", Original with { Outlet = "Le Monde " } },
        { "no outlet", Original with { Outlet = null } },
        { "empty outlet", Original with { Outlet = "" } },
        { "day", Original with { Published = new PartialDate(2016, 12, 7) } },
        { "month only", Original with { Published = new PartialDate(2016, 12, null) } },
        { "no date", Original with { Published = null } },
        { "language", Original with { Language = "en" } },
        { "title", Original with { Title = "Alep : « frappes » à l'Est" } },
        { "no title", Original with { Title = null } },
        { "text", Original with { Text = Original.Text.Replace('’', '\'') } },
        { "text moved into the title", Original with { Title = Original.Title + Original.Text, Text = "" } },
        { "origin", Original with { Origin = "corpus.jsonl:2" } },
    };

    [Theory]
    [MemberData(nameof(Changed))]
    public void AChangeToAnyFieldChangesTheHash(string change, Document changed)
    {
        Assert.NotEqual(StoredHash(Original, $"original-{change}.db"), StoredHash(changed, $"changed-{change}.db"));
    }

    [Fact]
    public void TheSameDocumentHasTheSameHashInAnyStore()
    {
        var hash = StoredHash(Original, "one.db");
        Assert.Matches("^[0-9a-f]{32}$", hash);
        Assert.Equal(hash, StoredHash(Original with { }, "two.db"));
    }

    private string StoredHash(Document document, string file)
    {
        var path = _folder.File(file);
        using (var store = SqliteEventStore.Open(path))
            store.Save(new CodedDocument(document, [], [], [], []), "res-1");
        return (string)RawSqliteFile.Scalar(path, "SELECT content_hash FROM documents")!;
    }
}
