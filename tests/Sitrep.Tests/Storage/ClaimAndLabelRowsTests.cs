using Sitrep.Model;
using Sitrep.Storage;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Storage;

/// <summary>
/// Since schema version 6, SQLite keeps a document's claims and its labels as one JSON row each, and the views
/// <c>claims</c> and <c>labels</c> give them back as the tables gave them: every value as written, with its SQL type.
/// </summary>
public sealed class ClaimAndLabelRowsTests : IDisposable
{
    private const string Awkward = "« 12 » \"morts\" \\ à\tAlep\nl’armée 🚀 \u00a0fin\u0001.";

    private readonly TempStoreFolder _folder = new();

    private string StorePath => _folder.File("sitrep.db");

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData(12.0)]
    [InlineData(2.5)]
    [InlineData(0.1)]
    [InlineData(1.0 / 3)]
    [InlineData(-7.25)]
    [InlineData(1e21)]
    [InlineData(1.5e-9)]
    [InlineData(double.MaxValue)]
    public void AClaimsValueReadsBackExactlyAndAsAReal(double value)
    {
        using (var store = SqliteEventStore.Open(StorePath))
            store.Save(StoreSamples.Coded with { Claims = [StoreSamples.Fled with { Value = value }] }, "res-1");

        Assert.Equal("real", RawSqliteFile.Scalar(StorePath, "SELECT typeof(value) FROM claims"));
        using var reopened = SqliteEventStore.Open(StorePath);
        Assert.Equal(value, Assert.Single(reopened.ReadClaims().ToList()).Value);
    }

    [Fact]
    public void TextOfAnyKindReadsBackAsWritten()
    {
        Claim[] claims =
        [
            StoreSamples.Fled with { Quote = Awkward, Quantity = Awkward, Unit = Awkward, Sources = [Awkward, "OSDH"], Why = [Awkward] },
            StoreSamples.Aid with { Unit = null, Date = null, Sources = [], Why = [] },
        ];
        Label[] labels = [StoreSamples.Rebels with { Actor = Awkward, Word = "l'« armée »", Entry = Awkward }, StoreSamples.Rebels];
        using (var store = SqliteEventStore.Open(StorePath))
            store.Save(StoreSamples.Coded with { Claims = claims, Labels = labels }, "res-1");

        using var reopened = SqliteEventStore.Open(StorePath);
        Assert.Equal(StoreSamples.Json(claims), StoreSamples.Json(reopened.ReadClaims().ToList()));
        Assert.Equal(labels, reopened.ReadLabels().ToList());
        Assert.Equal(["null", "null"], RawSqliteFile.Column(StorePath, "SELECT typeof(unit) || ' ' || typeof(date) FROM claims WHERE position = 1")
            .SelectMany(types => types.Split(' ')));
        Assert.Equal("integer integer", RawSqliteFile.Scalar(StorePath, "SELECT typeof(start) || ' ' || typeof(length) FROM labels LIMIT 1"));
    }

    [Fact]
    public void AnUnpairedSurrogateIsStoredAsAReplacementCharacterAndWhatFollowsItIsKept()
    {
        const string quote = "Alep \ud800: 3 morts";
        using var store = SqliteEventStore.Open(StorePath);
        store.Save(StoreSamples.Coded with { Events = [StoreSamples.Strike with { Quote = quote }], Claims = [StoreSamples.Fled with { Quote = quote }] }, "res-1");

        Assert.Equal("Alep \ufffd: 3 morts", Assert.Single(store.ReadEvents().ToList()).Quote);
        Assert.Equal("Alep \ufffd: 3 morts", Assert.Single(store.ReadClaims().ToList()).Quote);
    }

    [Fact]
    public void ADocumentsClaimsAndLabelsAreOneRowEachReplacedWithIt()
    {
        using var store = SqliteEventStore.Open(StorePath);
        store.Save(StoreSamples.Coded, "res-1");
        store.Save(StoreSamples.Other(), "res-1");
        Assert.Equal(1L, RawSqliteFile.Scalar(StorePath, "SELECT count(*) FROM document_claims"));
        Assert.Equal(1L, RawSqliteFile.Scalar(StorePath, "SELECT count(*) FROM document_labels"));

        store.Save(StoreSamples.Coded with { Claims = [StoreSamples.Aid], Labels = [] }, "res-2");

        Assert.Equal(["aid delivered"], store.ReadClaims().ToList().Select(c => c.Quantity));
        Assert.Empty(store.ReadLabels().ToList());
        Assert.Equal(0L, RawSqliteFile.Scalar(StorePath, "SELECT count(*) FROM document_labels"));
        Assert.Equal(StoreSamples.Coded.Events.Count + 1, store.ReadEvents().ToList().Count);
    }

    [Fact]
    public void AStoreOfVersion5KeepsEveryClaimAndLabelWithItsType()
    {
        LoadVersion5();
        string[] queries = [Typed("claims", StoredTable.Claims), Typed("labels", StoredTable.Labels)];
        var before = queries.Select(q => RawSqliteFile.Column(StorePath, q)).ToList();
        Assert.All(before, rows => Assert.NotEmpty(rows));

        using (SqliteEventStore.Open(StorePath)) { }

        Assert.Equal((long)SqliteSchema.CurrentVersion, RawSqliteFile.Scalar(StorePath, "PRAGMA user_version"));
        Assert.Equal(before, queries.Select(q => RawSqliteFile.Column(StorePath, q)).ToList());
        Assert.Empty(RawSqliteFile.Column(StorePath, "SELECT \"table\" FROM pragma_foreign_key_check"));
        Assert.Equal("ok", RawSqliteFile.Scalar(StorePath, "PRAGMA integrity_check"));
    }

    /// <summary>Every column of every row with its SQL type, in the order readers read them.</summary>
    private static string Typed(string table, StoredTable columns) =>
        $"SELECT {string.Join(" || '|' || ", columns.Columns.Select(c => $"typeof({c}) || ':' || quote({c})"))} " +
        $"FROM {table} ORDER BY doc_id, position";

    private void LoadVersion5() =>
        RawSqliteFile.Execute(StorePath, File.ReadAllText(Path.Combine("Storage", "store-v5.golden.sql"))
            + "PRAGMA application_id = 1397314642; PRAGMA user_version = 5;");
}
