using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Data.Common;

namespace Sitrep.Storage;

/// <summary>How model values that SQL has no common type for are written to and read from columns.</summary>
internal static class StoredValues
{
    private const string DateFormat = "yyyy-MM-dd";

    private static readonly JsonSerializerOptions ListJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string? Date(DateOnly? date) => date?.ToString(DateFormat, CultureInfo.InvariantCulture);

    public static string List(IReadOnlyList<string> items) => JsonSerializer.Serialize(items, ListJson);

    public static string? NullableString(this DbDataReader row, int column) =>
        row.IsDBNull(column) ? null : row.GetString(column);

    public static int? NullableInt(this DbDataReader row, int column) =>
        row.IsDBNull(column) ? null : row.GetInt32(column);

    public static double? NullableDouble(this DbDataReader row, int column) =>
        row.IsDBNull(column) ? null : row.GetDouble(column);

    public static DateOnly? NullableDate(this DbDataReader row, int column) =>
        row.IsDBNull(column) ? null : DateOnly.ParseExact(row.GetString(column), DateFormat, CultureInfo.InvariantCulture);

    public static IReadOnlyList<string> StringList(this DbDataReader row, int column) =>
        JsonSerializer.Deserialize<string[]>(row.GetString(column), ListJson)
        ?? throw new StoreException($"Column {row.GetName(column)} holds JSON null where a list was expected.");
}
