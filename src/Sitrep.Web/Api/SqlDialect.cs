namespace Sitrep.Web.Api;

/// <summary>
/// Where SQLite's and PostgreSQL's SQL differ in the page's queries; the queries themselves are written once, with
/// <c>@name</c> parameters (both drivers read them) and counts cast to INTEGER (PostgreSQL's are bigint).
/// </summary>
/// <param name="Collation">Bytewise text order, so both stores sort and page text columns alike whatever the server's locale.</param>
/// <param name="Like">A LIKE that ignores case: SQLite's LIKE does (ASCII letters only); PostgreSQL needs ILIKE (all letters).</param>
/// <param name="ListItems">A row source over a stored JSON string list, with its items in a column named <c>value</c>.</param>
/// <param name="EventsOfDocuments">How events <c>e</c> join their document <c>d</c> by an indexed key: SQLite keys an
/// event by its document's integer key, PostgreSQL by its id.</param>
/// <param name="RowsWritten">An aggregate over <c>documents</c> that a write of any document changes, whatever the clock
/// says: a write deletes the document's row and inserts it anew, with the next integer key in SQLite (their sum moves,
/// unless the row was the last one) and a new transaction's id in PostgreSQL (<c>xmin</c>).</param>
public sealed record SqlDialect(string Collation, string Like, Func<string, string, string> ListItems, string EventsOfDocuments, string RowsWritten)
{
    public static readonly SqlDialect Sqlite = new("BINARY", "LIKE", (column, alias) => $"json_each({column}) {alias}",
        "FROM events e JOIN documents d ON d.key = e.doc_key", "coalesce(sum(key), 0)");

    public static readonly SqlDialect Postgres = new("\"C\"", "ILIKE", (column, alias) => $"json_array_elements_text({column}::json) {alias}(value)",
        "FROM events e JOIN documents d ON d.id = e.doc_id", "coalesce(sum(xmin::text::bigint), 0)");

    /// <summary>A text expression to sort or group by, in bytewise order.</summary>
    public string Text(string expression) => $"{expression} COLLATE {Collation}";
}
