using Sitrep.Model;
using Sitrep.Storage.Postgres;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Storage.Postgres;

/// <summary>As <see cref="MentionStorageTests"/>, on PostgreSQL: one row of mentions per document, and the migration to it.</summary>
public sealed class PostgresMentionStorageTests : IDisposable
{
    private PostgresTestDatabase? _database;

    [PostgresFact]
    public void MentionsWithSeparatorsAndBackslashesInTheirFieldsReadBackAsCoded()
    {
        _database = new PostgresTestDatabase();
        var awkward = MentionEncodingSamples.Awkward();
        using (var store = PostgresEventStore.Open(_database.Url))
            store.Save(awkward, "res-1");

        using var reopened = PostgresEventStore.Open(_database.Url);
        Assert.Equal(awkward.Mentions, reopened.Mentions(awkward.Document.Id));
        Assert.Equal(1, _database.Scalar("SELECT count(*) FROM document_mentions"));
    }

    [PostgresFact]
    public void AStoreWithARowPerMentionIsMigratedToTheSameMentionsAndLosesTheOldTable()
    {
        _database = new PostgresTestDatabase();
        var awkward = MentionEncodingSamples.Awkward();
        var other = StoreSamples.Other();
        using (var store = PostgresEventStore.Open(_database.Url))
            foreach (var coded in new[] { StoreSamples.Coded, awkward, other })
                store.Save(coded, "res-1");
        using (var connection = _database.Connect())
            LegacyMentionRows.RevertPostgres(connection, new Dictionary<string, IReadOnlyList<Mention>>
            {
                [StoreSamples.DocId] = StoreSamples.Mentions,
                [awkward.Document.Id] = awkward.Mentions,
            }, version: 2);

        using var upgraded = PostgresEventStore.Open(_database.Url);

        Assert.Equal(3, _database.Scalar("SELECT max(version) FROM sitrep_schema"));
        Assert.Equal(StoreSamples.Mentions, upgraded.Mentions(StoreSamples.DocId));
        Assert.Equal(awkward.Mentions, upgraded.Mentions(awkward.Document.Id));
        Assert.Empty(upgraded.Mentions(other.Document.Id));
        Assert.Equal(0, _database.Scalar("SELECT count(*) FROM information_schema.tables WHERE table_name = 'mentions'"));
    }

    public void Dispose() => _database?.Dispose();
}
