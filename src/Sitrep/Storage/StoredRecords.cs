using System.Data.Common;
using Sitrep.Model;

namespace Sitrep.Storage;

/// <summary>
/// The queries that read model records back, each beside the mapping that depends on its column order.
/// Rows come in document id order, then in the order the coder produced them.
/// </summary>
internal static class StoredRecords
{
    public const string DocumentsSql =
        "SELECT id, outlet, published, language, title, text, origin FROM documents";

    public static Document Document(DbDataReader r) => new(
        r.GetString(0),
        r.NullableString(1),
        PartialDate.TryParse(r.NullableString(2), out var published) ? published : null,
        r.GetString(3),
        r.NullableString(4),
        r.GetString(5),
        r.GetString(6));

    private const string AllInOrder = " ORDER BY doc_id, position";

    /// <summary>The <c>@doc_id</c> parameter names the document.</summary>
    private const string OneDocumentInOrder = " WHERE doc_id = @doc_id ORDER BY position";

    private const string EventRows =
        """
        SELECT doc_id, quote, quote_start, quote_length, event_type, sub_event_type, actor1, actor2, location,
               place_name, place_parent, place_country, place_level, place_id, admin1, latitude, longitude, geo_precision,
               date, time_precision, fatalities, injured, sources, negated, hedged, why, other_reports
        FROM events
        """;

    public static readonly StoredQuery<Event> Events = new(EventRows + AllInOrder, EventRows + OneDocumentInOrder, Event);

    public static Event Event(DbDataReader r) => new()
    {
        DocId = r.GetString(0),
        Quote = r.GetString(1),
        QuoteSpan = new TextSpan(r.GetInt32(2), r.GetInt32(3)),
        EventType = r.GetString(4),
        SubEventType = r.GetString(5),
        Actor1 = r.NullableString(6),
        Actor2 = r.NullableString(7),
        Location = r.NullableString(8),
        Place = r.IsDBNull(9) ? null : new Place(
            r.GetString(9), r.NullableString(10), r.GetString(11), r.GetString(12), r.NullableString(13),
            r.NullableString(14), r.NullableDouble(15), r.NullableDouble(16), r.GetInt32(17)),
        Date = r.NullableDate(18),
        TimePrecision = r.GetInt32(19),
        Fatalities = r.NullableInt(20),
        Injured = r.NullableInt(21),
        Sources = r.StringList(22),
        Negated = r.GetBoolean(23),
        Hedged = r.GetBoolean(24),
        Why = r.StringList(25),
        OtherReports = r.ReportList(26),
    };

    private const string ClaimRows =
        """
        SELECT doc_id, quote, quote_start, quote_length, quantity, value, unit, date, sources, why
        FROM claims
        """;

    public static readonly StoredQuery<Claim> Claims = new(ClaimRows + AllInOrder, ClaimRows + OneDocumentInOrder, Claim);

    public static Claim Claim(DbDataReader r) => new()
    {
        DocId = r.GetString(0),
        Quote = r.GetString(1),
        QuoteSpan = new TextSpan(r.GetInt32(2), r.GetInt32(3)),
        Quantity = r.GetString(4),
        Value = r.GetDouble(5),
        Unit = r.NullableString(6),
        Date = r.NullableDate(7),
        Sources = r.StringList(8),
        Why = r.StringList(9),
    };

    private const string LabelRows = "SELECT doc_id, actor, word, start, length, entry FROM labels";

    public static readonly StoredQuery<Label> Labels = new(LabelRows + AllInOrder, LabelRows + OneDocumentInOrder, Label);

    public static Label Label(DbDataReader r) =>
        new(r.GetString(0), r.GetString(1), r.GetString(2), new TextSpan(r.GetInt32(3), r.GetInt32(4)), r.GetString(5));

    public const string FailuresSql = "SELECT origin, reason FROM failures ORDER BY id";

    public static (string Origin, string Reason) Failure(DbDataReader r) => (r.GetString(0), r.GetString(1));

    /// <summary>Documents without their texts, in id order: what the ledger and framing read of them.</summary>
    public const string DocumentHeadersSql = "SELECT id, outlet, published FROM documents ORDER BY id";

    public static DocumentHeader DocumentHeader(DbDataReader r) =>
        new(r.GetString(0), r.NullableString(1), PartialDate.TryParse(r.NullableString(2), out var published) ? published : null);

    /// <summary>
    /// Events with only what the ledger reads (<see cref="LedgerEventReader"/>), in <see cref="Events"/>' order: its
    /// clustering and contradictions need neither the coder's reasons nor the place's hierarchy and coordinates.
    /// </summary>
    public const string LedgerEventsSql =
        """
        SELECT doc_id, quote, quote_start, quote_length, sub_event_type, actor1, actor2, location,
               place_name, place_id, date, fatalities, injured, sources, negated, hedged, other_reports
        FROM events
        """ + AllInOrder;

    /// <summary>
    /// Reads an <see cref="Model.Event"/> holding what the ledger reads: ids (<see cref="EventIds"/>), clustering
    /// (<c>ClusterRules</c>), reports and casualties. The rest is left empty: the event type, the place's hierarchy,
    /// admin1 and coordinates, the coder's reasons. Names the rows repeat are kept once (<see cref="StringPool"/>), and
    /// so is each place: a few thousand places for the 50 MB store's 141,522 events.
    /// </summary>
    public static Func<DbDataReader, Event> LedgerEventReader()
    {
        var names = new StringPool();
        var places = new HashSet<Place>();
        return r => new Event
        {
            DocId = names.Of(r.GetString(0)),
            Quote = r.GetString(1),
            QuoteSpan = new TextSpan(r.GetInt32(2), r.GetInt32(3)),
            EventType = "",
            SubEventType = names.Of(r.GetString(4)),
            Actor1 = names.OfNullable(r.NullableString(5)),
            Actor2 = names.OfNullable(r.NullableString(6)),
            Location = names.OfNullable(r.NullableString(7)),
            Place = r.IsDBNull(8) ? null : Pooled(places, new Place(names.Of(r.GetString(8)), null, "", "", names.OfNullable(r.NullableString(9)))),
            Date = r.NullableDate(10),
            Fatalities = r.NullableInt(11),
            Injured = r.NullableInt(12),
            Sources = names.Of(r.StringList(13)),
            Negated = r.GetBoolean(14),
            Hedged = r.GetBoolean(15),
            OtherReports = r.ReportList(16),
        };
    }

    private static Place Pooled(HashSet<Place> places, Place place)
    {
        if (places.TryGetValue(place, out var pooled)) return pooled;
        places.Add(place);
        return place;
    }

    /// <summary>Claims as <see cref="Claims"/> reads them, without the coder's reasons, which the ledger does not show.</summary>
    public const string LedgerClaimsSql =
        """
        SELECT doc_id, quote, quote_start, quote_length, quantity, value, unit, date, sources
        FROM claims
        """ + AllInOrder;

    /// <summary>Reads a claim of <see cref="LedgerClaimsSql"/>, the names its rows repeat kept once (<see cref="StringPool"/>).</summary>
    public static Func<DbDataReader, Claim> LedgerClaimReader()
    {
        var names = new StringPool();
        return r => new Claim
        {
            DocId = names.Of(r.GetString(0)),
            Quote = r.GetString(1),
            QuoteSpan = new TextSpan(r.GetInt32(2), r.GetInt32(3)),
            Quantity = names.Of(r.GetString(4)),
            Value = r.GetDouble(5),
            Unit = names.OfNullable(r.NullableString(6)),
            Date = r.NullableDate(7),
            Sources = names.Of(r.StringList(8)),
        };
    }
}

/// <summary>A record's query for every document and for one (its parameter <c>doc_id</c>), beside its mapping.</summary>
internal sealed record StoredQuery<T>(string AllSql, string OneDocumentSql, Func<DbDataReader, T> Map)
{
    public string Sql(string? docId) => docId is null ? AllSql : OneDocumentSql;
}
