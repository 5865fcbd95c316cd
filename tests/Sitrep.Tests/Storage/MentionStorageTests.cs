using Sitrep.Model;
using Sitrep.Storage;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Storage;

/// <summary>A document's mentions are stored as one row, read back exactly, and older stores are migrated to that form.</summary>
public sealed class MentionStorageTests : IDisposable
{
    private readonly TempStoreFolder _folder = new();

    private string StorePath => _folder.File("sitrep.db");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void MentionsWithSeparatorsAndBackslashesInTheirFieldsReadBackAsCoded()
    {
        var awkward = MentionEncodingSamples.Awkward();
        using (var store = SqliteEventStore.Open(StorePath))
            store.Save(awkward, "res-1");

        using var reopened = SqliteEventStore.Open(StorePath);
        Assert.Equal(awkward.Mentions, reopened.Mentions(awkward.Document.Id));
    }

    [Fact]
    public void EachDocumentOfABatchKeepsItsOwnMentionsHoweverManyThereAre()
    {
        var many = Enumerable.Range(0, 3000)
            .Select(i => new Mention(MentionKind.Place, new TextSpan(i, 5), $"lieu numéro {i}", $"places/test.tsv:{i}", i % 2 == 0 ? "détail" : null))
            .ToList();
        var large = StoreSamples.Coded with { Mentions = many };
        var awkward = MentionEncodingSamples.Awkward();
        var small = StoreSamples.Coded with { Document = StoreSamples.Document with { Id = "t00_small" }, Events = [], Claims = [], Labels = [] };
        using (var store = SqliteEventStore.Open(StorePath))
            store.SaveAll([large, awkward, small], "res-1");

        using var reopened = SqliteEventStore.Open(StorePath);
        Assert.Equal(many, reopened.Mentions(StoreSamples.DocId));
        Assert.Equal(awkward.Mentions, reopened.Mentions(awkward.Document.Id));
        Assert.Equal(small.Mentions, reopened.Mentions("t00_small"));
    }

    [Fact]
    public void ADocumentsMentionsAreOneRowAndADocumentWithoutMentionsHasNone()
    {
        using (var store = SqliteEventStore.Open(StorePath))
            store.SaveAll([StoreSamples.Coded, StoreSamples.Other()], "res-1");

        Assert.Equal([StoreSamples.DocId], RawSqliteFile.Column(StorePath, "SELECT doc_id FROM document_mentions"));
        using var reopened = SqliteEventStore.Open(StorePath);
        Assert.Empty(reopened.Mentions(StoreSamples.Other().Document.Id));
    }

    [Fact]
    public void AStoreWithARowPerMentionIsMigratedToTheSameMentionsAndLosesTheOldTable()
    {
        var awkward = MentionEncodingSamples.Awkward();
        var other = StoreSamples.Other();
        using (var store = SqliteEventStore.Open(StorePath))
            store.SaveAll([StoreSamples.Coded, awkward, other], "res-1");
        LegacyMentionRows.RevertSqlite(StorePath, new Dictionary<string, IReadOnlyList<Mention>>
        {
            [StoreSamples.DocId] = StoreSamples.Mentions,
            [awkward.Document.Id] = awkward.Mentions,
        }, version: 3);

        using var upgraded = SqliteEventStore.Open(StorePath);

        Assert.Equal((long)SqliteSchema.CurrentVersion, RawSqliteFile.Scalar(StorePath, "PRAGMA user_version"));
        Assert.Equal(StoreSamples.Mentions, upgraded.Mentions(StoreSamples.DocId));
        Assert.Equal(awkward.Mentions, upgraded.Mentions(awkward.Document.Id));
        Assert.Empty(upgraded.Mentions(other.Document.Id));
        Assert.Empty(RawSqliteFile.Column(StorePath, "SELECT name FROM sqlite_schema WHERE name = 'mentions'"));
    }

    [Fact]
    public void AMigratedDocumentIsStillReplacedWholeWhenCodedAgain()
    {
        using (var store = SqliteEventStore.Open(StorePath))
            store.Save(StoreSamples.Coded, "res-1");
        LegacyMentionRows.RevertSqlite(StorePath,
            new Dictionary<string, IReadOnlyList<Mention>> { [StoreSamples.DocId] = StoreSamples.Mentions }, version: 3);

        using var upgraded = SqliteEventStore.Open(StorePath);
        var recoded = StoreSamples.Coded with { Mentions = StoreSamples.Mentions.Take(1).ToList() };
        upgraded.Save(recoded, "res-1");

        Assert.Equal(recoded.Mentions, upgraded.Mentions(StoreSamples.DocId));
    }
}
