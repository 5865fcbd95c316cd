using System.Globalization;
using Sitrep.Model;
using Sitrep.Storage;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Storage;

public sealed class SqliteEventStoreRoundTripTests : IDisposable
{
    private readonly TempStoreFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void ASavedDocumentReadsBackAsItWasCoded()
    {
        var coded = StoreSamples.Coded;
        using (var store = SqliteEventStore.Open(_folder.File("sitrep.db")))
            store.Save(coded, "res-1");

        using var reopened = SqliteEventStore.Open(_folder.File("sitrep.db"));
        Assert.Equal(coded.Document, reopened.Document(StoreSamples.DocId));
        Assert.Equal(StoreSamples.Json(coded.Events), StoreSamples.Json(reopened.ReadEvents().ToList()));
        Assert.Equal(StoreSamples.Json(coded.Claims), StoreSamples.Json(reopened.ReadClaims().ToList()));
        Assert.Equal(coded.Labels, reopened.ReadLabels().ToList());
        Assert.Equal(coded.Mentions, reopened.Mentions(StoreSamples.DocId));
    }

    [Fact]
    public void IntegersAndFlagsOfAnySizeReadBackAsWritten()
    {
        // Small integers and flags are stored from shared boxes, larger ones boxed anew: both must store the number itself.
        int[] numbers = [0, 1, 8191, 8192, 70_000, -1];
        var events = numbers.Select((n, i) => StoreSamples.Strike with
        {
            QuoteSpan = new TextSpan(n, 8192 - i), Fatalities = n, Injured = i % 2 == 0 ? null : n, Negated = i % 2 == 0, Hedged = i % 3 == 0,
        }).ToList();
        var coded = StoreSamples.Coded with { Events = events };
        using var store = SqliteEventStore.Open(_folder.File("sitrep.db"));
        store.Save(coded, "res-1");

        Assert.Equal(StoreSamples.Json(events), StoreSamples.Json(store.ReadEvents().ToList()));
    }

    [Fact]
    public void TextBeyondAsciiReadsBackAsWritten()
    {
        var document = StoreSamples.Document with { Title = "Frappes à Saraqeb — « l’aviation » ⚠ 🚀", Text = "Bilan : 12 morts (OSDH).\n\tFin\0." };
        using var store = SqliteEventStore.Open(_folder.File("sitrep.db"));
        store.Save(StoreSamples.Coded with { Document = document }, "res-1");

        Assert.Equal(document, store.Document(StoreSamples.DocId));
    }

    [Fact]
    public void NullFieldsStayNullAndNotEmpty()
    {
        var other = StoreSamples.Other();
        using var store = SqliteEventStore.Open(_folder.File("sitrep.db"));
        store.Save(other, "res-1");

        var document = store.Document(other.Document.Id)!;
        Assert.Null(document.Outlet);
        Assert.Null(document.Published);
        Assert.Null(document.Title);
        var clash = Assert.Single(store.ReadEvents().ToList());
        Assert.Equal(StoreSamples.Json(other.Events[0]), StoreSamples.Json(clash));
        Assert.Null(clash.Place);
        Assert.Null(clash.Date);
        Assert.Null(clash.Fatalities);
    }

    [Theory]
    [InlineData(2020, null, null)]
    [InlineData(2020, 3, null)]
    [InlineData(2020, 3, 9)]
    public void PartialPublicationDatesKeepTheirPrecision(int year, int? month, int? day)
    {
        var published = new PartialDate(year, month, day);
        var coded = StoreSamples.Coded with { Document = StoreSamples.Document with { Published = published } };
        using var store = SqliteEventStore.Open(_folder.File("sitrep.db"));
        store.Save(coded, "res-1");

        Assert.Equal(published, store.Document(StoreSamples.DocId)!.Published);
    }

    [Theory]
    [InlineData("2016-03-30")]
    [InlineData("0033-01-02")]
    public void DatesAreStoredAsIsoTextWithFourDigitYears(string date)
    {
        var day = DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var coded = StoreSamples.Coded with
        {
            Events = [StoreSamples.Strike with { Date = day }],
            Claims = [StoreSamples.Fled with { Date = day }],
        };
        using (var store = SqliteEventStore.Open(_folder.File("sitrep.db")))
            store.Save(coded, "res-1");

        Assert.Equal(date, RawSqliteFile.Scalar(_folder.File("sitrep.db"), "SELECT date FROM events"));
        Assert.Equal(date, RawSqliteFile.Scalar(_folder.File("sitrep.db"), "SELECT date FROM claims"));
        using var reopened = SqliteEventStore.Open(_folder.File("sitrep.db"));
        Assert.Equal(day, Assert.Single(reopened.ReadEvents().ToList()).Date);
    }

    [Fact]
    public void ReadsComeInDocumentIdOrderThenInCodingOrder()
    {
        using var store = SqliteEventStore.Open(_folder.File("sitrep.db"));
        store.Save(StoreSamples.Coded, "res-1");
        store.Save(StoreSamples.Other("t00_other"), "res-1");

        Assert.Equal(["t00_other", StoreSamples.DocId], store.Documents().Select(d => d.Id));
        Assert.Equal(
            ["Armed clash", "Air/drone strike", "Armed clash", "Other"],
            store.ReadEvents().ToList().Select(e => e.SubEventType));
        Assert.Equal(["share of inhabitants who fled", "aid delivered"], store.ReadClaims().ToList().Select(c => c.Quantity));
    }

    [Fact]
    public void AnUnknownDocumentIsNull()
    {
        using var store = SqliteEventStore.Open(_folder.File("sitrep.db"));

        Assert.Null(store.Document("nope"));
        Assert.Empty(store.Mentions("nope"));
    }

    [Fact]
    public void FailuresAreKeptInTheOrderTheyWereRecorded()
    {
        using var store = SqliteEventStore.Open(_folder.File("sitrep.db"));
        store.RecordFailure("feed.jsonl:3", "no text");
        store.RecordFailure("page.html", "encoding not detected");

        Assert.Equal([("feed.jsonl:3", "no text"), ("page.html", "encoding not detected")], store.Failures());
    }
}
