using Sitrep.Storage;
using Sitrep.Storage.Postgres;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Storage.Postgres;

/// <summary>The same corpus through a SQLite file and a PostgreSQL store gives byte-identical exports.</summary>
public sealed class PostgresParityTests : IDisposable
{
    private readonly TempStoreFolder _folder = new();
    private PostgresTestDatabase? _database;

    [PostgresFact]
    public void SqliteAndPostgresExportTheSameDataset()
    {
        _database = new PostgresTestDatabase();
        var corpus = Path.Combine(SharedPaths.Root, "corpus", "seeds.docs.jsonl");
        var sqlite = _folder.File("seeds.db");
        Assert.Equal(0, CliRun.Of("run", corpus, "--store", sqlite).ExitCode);
        Assert.Equal(0, CliRun.Of("run", corpus, "--store", _database.Url).ExitCode);

        foreach (var format in new[] { "csv", "jsonl", "geojson" })
        {
            var expected = CliRun.Of("export", "--format", format, "--store", sqlite);
            Assert.NotEmpty(expected.Out);
            Assert.Equal(expected.Out, CliRun.Of("export", "--format", format, "--store", _database.Url).Out);
        }
        Assert.Equal(CliRun.Of("labels", "--store", sqlite).Out, CliRun.Of("labels", "--store", _database.Url).Out);
    }

    [PostgresFact]
    public void RunningAgainOnPostgresChangesNothing()
    {
        _database = new PostgresTestDatabase();
        var corpus = _folder.Write("one.txt", "Des frappes aériennes ont touché Idleb lundi, selon l'Observatoire syrien des droits de l'homme.");
        Assert.Contains("1 added", CliRun.Of("run", corpus, "--store", _database.Url, "--published", "2016-03-07").Error);
        Assert.Contains("1 unchanged", CliRun.Of("run", corpus, "--store", _database.Url, "--published", "2016-03-07").Error);
    }

    [PostgresFact]
    public void ADocumentIsCurrentOnPostgresOnlyWithTheSameContentAndCoder()
    {
        _database = new PostgresTestDatabase();
        using var store = PostgresEventStore.Open(_database.Url);
        store.Save(StoreSamples.Coded, "res-1");
        using var reader = store.OpenReader();

        Assert.True(reader.IsCurrent(StoreSamples.Document, "res-1"));
        Assert.False(reader.IsCurrent(StoreSamples.Document, "res-2"));
        Assert.False(reader.IsCurrent(StoreSamples.Document with { Title = "Autre titre" }, "res-1"));
    }

    [PostgresFact]
    public void ABatchIsSavedInOneTransactionWithEachDocumentsOutcome()
    {
        _database = new PostgresTestDatabase();
        using var store = PostgresEventStore.Open(_database.Url);
        store.Save(StoreSamples.Coded, "res-1");
        store.Save(StoreSamples.Other(), "res-1");
        var retitled = StoreSamples.Other() with { Document = StoreSamples.Other().Document with { Title = "Autre titre" } };

        var outcomes = store.SaveAll([StoreSamples.Coded, retitled, StoreSamples.Other("t02_new")], "res-1");

        Assert.Equal([SaveOutcome.Unchanged, SaveOutcome.Replaced, SaveOutcome.Added], outcomes);
        Assert.Equal(["Autre titre", StoreSamples.DocId, "t02_new"],
            store.Documents().Select(d => d.Id == "t00_other" ? d.Title : d.Id).Order(StringComparer.Ordinal));
    }

    public void Dispose()
    {
        _database?.Dispose();
        _folder.Dispose();
    }
}
