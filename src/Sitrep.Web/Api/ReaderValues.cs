using System.Data.Common;
using System.Text.Json;

namespace Sitrep.Web.Api;

/// <summary>Reading nullable columns and the store's JSON string lists.</summary>
internal static class ReaderValues
{
    public static string? Text(this DbDataReader row, int column) => row.IsDBNull(column) ? null : row.GetString(column);

    public static int? Int(this DbDataReader row, int column) => row.IsDBNull(column) ? null : row.GetInt32(column);

    public static double? Real(this DbDataReader row, int column) => row.IsDBNull(column) ? null : row.GetDouble(column);

    public static IReadOnlyList<string> List(this DbDataReader row, int column) =>
        JsonSerializer.Deserialize(row.GetString(column), WebJson.Default.StringArray) ?? [];
}
