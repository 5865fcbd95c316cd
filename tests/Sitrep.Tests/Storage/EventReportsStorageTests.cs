using Sitrep.Model;
using Sitrep.Storage;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Storage;

/// <summary>An event's other tellings in its document (quote, span, sources) are stored with it.</summary>
public sealed class EventReportsStorageTests : IDisposable
{
    private readonly TempStoreFolder _folder = new();

    private string StorePath => _folder.File("sitrep.db");

    public void Dispose() => _folder.Dispose();

    private static CodedDocument ToldTwice()
    {
        const string again = "tuant 3 civils";
        var span = new TextSpan(StoreSamples.Text.IndexOf(again, StringComparison.Ordinal), again.Length);
        var strike = StoreSamples.Strike with { OtherReports = [new EventReport(again, span, ["White Helmets", "AFP"])] };
        return StoreSamples.Coded with { Events = [strike, StoreSamples.DeniedClash, StoreSamples.LeafletDrop] };
    }

    [Fact]
    public void AnEventsOtherTellingsReadBackAsCoded()
    {
        var coded = ToldTwice();
        using (var store = SqliteEventStore.Open(StorePath))
            store.Save(coded, "res-1");

        using var reopened = SqliteEventStore.Open(StorePath);
        var events = reopened.ReadEvents().ToList();
        Assert.Equal(StoreSamples.Json(coded.Events[0].OtherReports), StoreSamples.Json(events[0].OtherReports));
        Assert.Empty(events[1].OtherReports);
    }

    [Fact]
    public void AStoreFromBeforeTheColumnGainsItAndItsEventsHaveNoOtherTellings()
    {
        using (var store = SqliteEventStore.Open(StorePath))
            store.Save(StoreSamples.Coded, "res-1");
        RawSqliteFile.Scalar(StorePath, "ALTER TABLE events DROP COLUMN other_reports");
        LegacyMentionRows.RevertSqlite(StorePath,
            new Dictionary<string, IReadOnlyList<Mention>> { [StoreSamples.DocId] = StoreSamples.Mentions }, version: 2);

        using var upgraded = SqliteEventStore.Open(StorePath);

        Assert.Equal((long)SqliteSchema.CurrentVersion, RawSqliteFile.Scalar(StorePath, "PRAGMA user_version"));
        Assert.All(upgraded.ReadEvents().ToList(), e => Assert.Empty(e.OtherReports));
        Assert.Equal(3, upgraded.ReadEvents().ToList().Count);
    }

    [Fact]
    public void ANewTellingAloneIsReasonEnoughToSaveTheDocumentAgain()
    {
        using var store = SqliteEventStore.Open(StorePath);
        store.Save(StoreSamples.Coded, "res-1");

        Assert.Equal(SaveOutcome.Replaced, store.Save(ToldTwice(), "res-1"));
        Assert.Single(store.ReadEvents().ToList()[0].OtherReports);
    }
}
