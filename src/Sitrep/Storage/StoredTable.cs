namespace Sitrep.Storage;

/// <summary>A table a coded document is stored in, with the columns every store writes, in row order.</summary>
internal sealed record StoredTable(string Name, params string[] Columns)
{
    /// <summary>The columns that hold a list as JSON text, where a store writes them nested in other JSON (<see cref="JsonRows"/>).</summary>
    public IReadOnlyList<string> Lists { get; init; } = [];

    public static readonly StoredTable Documents = new("documents",
        "id", "outlet", "published", "language", "title", "text", "origin",
        "content_hash", "output_hash", "resource_version", "coded_at");

    public static readonly StoredTable Events = new("events",
        "doc_id", "position", "event_id", "quote", "quote_start", "quote_length", "event_type", "sub_event_type",
        "actor1", "actor2", "location", "place_name", "place_parent", "place_country", "place_level", "place_id",
        "admin1", "latitude", "longitude", "geo_precision", "date", "time_precision", "fatalities", "injured",
        "sources", "negated", "hedged", "why", "other_reports");

    public static readonly StoredTable Claims = new("claims",
        "doc_id", "position", "quote", "quote_start", "quote_length", "quantity", "value", "unit", "date",
        "sources", "why") { Lists = ["sources", "why"] };

    public static readonly StoredTable Labels = new("labels",
        "doc_id", "position", "actor", "word", "start", "length", "entry");

    /// <summary>A document's mentions in one value (<see cref="StoredMentions"/>); no row when it has none.</summary>
    public static readonly StoredTable DocumentMentions = new("document_mentions", "doc_id", "mentions");

    /// <summary>Parent first, so that rows can be inserted in this order.</summary>
    public static readonly IReadOnlyList<StoredTable> All = [Documents, Events, Claims, Labels, DocumentMentions];
}
