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
public sealed record SqlDialect(string Collation, string Like, Func<string, string, string> ListItems, string EventsOfDocuments)
{
    public static readonly SqlDialect Sqlite = new("BINARY", "LIKE", (column, alias) => $"json_each({column}) {alias}",
        "FROM events e JOIN documents d ON d.key = e.doc_key");

    public static readonly SqlDialect Postgres = new("\"C\"", "ILIKE", (column, alias) => $"json_array_elements_text({column}::json) {alias}(value)",
        "FROM events e JOIN documents d ON d.id = e.doc_id");

    /// <summary>A text expression to sort or group by, in bytewise order.</summary>
    public string Text(string expression) => $"{expression} COLLATE {Collation}";
}
