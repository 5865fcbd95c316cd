using Microsoft.Data.Sqlite;
using Sitrep.Storage;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Storage;

/// <summary>
/// Schema version 5 keys every child row by its document's integer key: a store of version 4, whose children were keyed
/// by the documents' text ids, keeps every row through the migration, and its documents are still replaced whole.
/// </summary>
public sealed class DocumentKeyMigrationTests : IDisposable
{
    // Each child row in its document's order, every column but the key.
    private const string EventRows = "SELECT doc_id || '|' || position || '|' || event_id || '|' || quote || '|' || sub_event_type || '|' || other_reports FROM events ORDER BY doc_id, position";
    private const string ClaimRows = "SELECT doc_id || '|' || position || '|' || quote || '|' || value FROM claims ORDER BY doc_id, position";
    private const string LabelRows = "SELECT doc_id || '|' || position || '|' || actor || '|' || word FROM labels ORDER BY doc_id, position";
    private const string MentionRows = "SELECT doc_id || '|' || mentions FROM document_mentions ORDER BY doc_id";

    private readonly TempStoreFolder _folder = new();

    private string StorePath => _folder.File("sitrep.db");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void AStoreKeyedByTextIdsKeepsEveryRowUnderItsDocumentsKey()
    {
        LoadVersion4();
        string[] queries = [EventRows, ClaimRows, LabelRows, MentionRows];
        var before = queries.Select(q => RawSqliteFile.Column(StorePath, q)).ToList();
        Assert.All(before, rows => Assert.NotEmpty(rows));

        using (SqliteEventStore.Open(StorePath)) { }

        Assert.Equal((long)SqliteSchema.CurrentVersion, RawSqliteFile.Scalar(StorePath, "PRAGMA user_version"));
        Assert.Equal(before, queries.Select(q => RawSqliteFile.Column(StorePath, q)).ToList());
        foreach (var child in new[] { "events", "claims", "labels", "document_mentions" })
            Assert.Equal(0L, RawSqliteFile.Scalar(StorePath,
                $"SELECT count(*) FROM {child} c LEFT JOIN documents d ON d.key = c.doc_key WHERE d.id IS NOT c.doc_id"));
        Assert.Empty(RawSqliteFile.Column(StorePath, "SELECT \"table\" FROM pragma_foreign_key_check"));
        Assert.Equal("ok", RawSqliteFile.Scalar(StorePath, "PRAGMA integrity_check"));
    }

    [Fact]
    public void AMigratedDocumentIsReadAndReplacedWholeThroughItsKey()
    {
        LoadVersion4();
        var id = RawSqliteFile.Column(StorePath, "SELECT doc_id FROM document_mentions ORDER BY doc_id")[0];
        using var store = SqliteEventStore.Open(StorePath);
        Assert.NotEmpty(store.Mentions(id));
        var otherEvents = RawSqliteFile.Column(StorePath, $"SELECT event_id FROM events WHERE doc_id <> '{id}' ORDER BY event_id");

        store.Save(StoreSamples.Coded with { Document = StoreSamples.Coded.Document with { Id = id } }, "res-2");

        Assert.Equal(StoreSamples.Mentions, store.Mentions(id));
        Assert.Equal(StoreSamples.Coded.Events.Count, store.ReadEvents().ToList().Count(e => e.DocId == id));
        Assert.Equal(otherEvents, RawSqliteFile.Column(StorePath, $"SELECT event_id FROM events WHERE doc_id <> '{id}' ORDER BY event_id"));
    }

    [Fact]
    public void TheCommandLineSaysOnceThatItBringsAStoreUpToDate()
    {
        LoadVersion4();

        var first = CliRun.Of("events", "--store", StorePath);
        var second = CliRun.Of("events", "--store", StorePath);

        Assert.Equal(0, first.ExitCode);
        Assert.Contains($"sitrep: {StorePath}: bringing the store from schema version 4 up to {SqliteSchema.CurrentVersion}, once", first.Error);
        Assert.Equal(first.Out, second.Out);
        Assert.DoesNotContain("bringing the store", second.Error);
        Assert.DoesNotContain("bringing the store", CliRun.Of("run", _folder.Write("a.txt", "Alep."), "--store", _folder.File("new.db")).Error);
    }

    [Fact]
    public void ADocumentsMentionsAreFoundThroughIndexesNotByScanning()
    {
        using (SqliteEventStore.Open(StorePath)) { }
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = StorePath, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + SqliteEventStore.MentionsSql;
        command.Parameters.AddWithValue("@doc_id", "x");
        using var reader = command.ExecuteReader();
        var steps = new List<string>();
        while (reader.Read()) steps.Add(reader.GetString(3));

        Assert.NotEmpty(steps);
        Assert.All(steps, step => Assert.StartsWith("SEARCH", step));
    }

    private void LoadVersion4() =>
        RawSqliteFile.Execute(StorePath, File.ReadAllText(Path.Combine("Storage", "store-v4.golden.sql"))
            + "PRAGMA application_id = 1397314642; PRAGMA user_version = 4;");
}
