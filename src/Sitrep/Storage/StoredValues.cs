using System.Data.Common;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Sitrep.Model;

namespace Sitrep.Storage;

/// <summary>How model values that SQL has no common type for are written to and read from columns.</summary>
internal static class StoredValues
{
    private const string DateFormat = "yyyy-MM-dd";

    private static readonly JsonSerializerOptions ListJson = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    /// <summary>An event's other telling as a column holds it: <c>{"quote", "start", "length", "sources"}</c>.</summary>
    private sealed record StoredReport(string Quote, int Start, int Length, IReadOnlyList<string> Sources);

    public static string? Date(DateOnly? date) => date?.ToString(DateFormat, CultureInfo.InvariantCulture);

    public static string List(IReadOnlyList<string> items) => JsonSerializer.Serialize(items, ListJson);

    public static string Reports(IReadOnlyList<EventReport> reports) =>
        JsonSerializer.Serialize(reports.Select(r => new StoredReport(r.Quote, r.QuoteSpan.Start, r.QuoteSpan.Length, r.Sources)), ListJson);

    public static string? NullableString(this DbDataReader row, int column) =>
        row.IsDBNull(column) ? null : row.GetString(column);

    public static int? NullableInt(this DbDataReader row, int column) =>
        row.IsDBNull(column) ? null : row.GetInt32(column);

    public static double? NullableDouble(this DbDataReader row, int column) =>
        row.IsDBNull(column) ? null : row.GetDouble(column);

    public static DateOnly? NullableDate(this DbDataReader row, int column) =>
        row.IsDBNull(column) ? null : DateOnly.ParseExact(row.GetString(column), DateFormat, CultureInfo.InvariantCulture);

    public static IReadOnlyList<string> StringList(this DbDataReader row, int column) => Json<string[]>(row, column);

    public static IReadOnlyList<EventReport> ReportList(this DbDataReader row, int column) =>
        Json<StoredReport[]>(row, column).Select(r => new EventReport(r.Quote, new TextSpan(r.Start, r.Length), r.Sources)).ToList();

    private static T Json<T>(DbDataReader row, int column) where T : class =>
        JsonSerializer.Deserialize<T>(row.GetString(column), ListJson)
        ?? throw new StoreException($"Column {row.GetName(column)} holds JSON null where a list was expected.");
}
