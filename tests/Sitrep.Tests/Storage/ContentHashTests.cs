using System.Security.Cryptography;
using System.Text.Json;
using Sitrep.Model;
using Sitrep.Storage;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Storage;

/// <summary>The stored content hash is the SHA-256 of the document's JSON exactly as the default serializer writes it.</summary>
public sealed class ContentHashTests : IDisposable
{
    private readonly TempStoreFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>Documents whose JSON differs in every way one can: nulls, each kind of partial date, escaped text.</summary>
    public static TheoryData<string, string?, int?, int?, int?, string?, string> Documents => new()
    {
        { "doc-1", "Le Monde", 2016, 12, 6, "Alep : « frappes » à l'est",
            "Des frappes ont touché Alep-Est mardi.\nL'OSDH évoque 12 morts — dont 3 enfants. \"Cité\" <b>&</b>\t’ 🚀" },
        { "doc-2", null, 2016, 12, null, null, "Texte court." },
        { "doc-3", "Outlet", 2015, null, null, "Titre", "Texte." },
        { "doc-4", "Outlet", null, null, null, "", "" },
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void TheContentHashIsTheHashOfTheDefaultSerializersJson(
        string id, string? outlet, int? year, int? month, int? day, string? title, string text)
    {
        var published = year is int y ? new PartialDate(y, month, day) : (PartialDate?)null;
        var document = new Document(id, outlet, published, "fr", title, text, "corpus.jsonl:1");
        var expected = Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(document, JsonSerializerOptions.Default)));

        var path = _folder.File("sitrep.db");
        using (var store = SqliteEventStore.Open(path))
            store.Save(new CodedDocument(document, [], [], [], []), "res-1");

        Assert.Equal(expected, RawSqliteFile.Scalar(path, "SELECT content_hash FROM documents"));
    }
}
