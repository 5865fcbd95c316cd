using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Sitrep.Model;
using Sitrep.Recognition.Dates;

namespace Sitrep.Storage;

/// <summary>How model values that SQL has no common type for are written to and read from columns.</summary>
internal static class StoredValues
{
    private const string DateFormat = "yyyy-MM-dd";

    private const string EmptyList = "[]";

    /// <summary>Integers below this are boxed once per process (<see cref="Integer"/>): nearly all of a document's positions, spans, precisions and counts.</summary>
    private const int SharedIntegers = 1 << 13;

    /// <summary>Filled as they are first used; two threads boxing the same number at once both store an equal box, which is harmless.</summary>
    private static readonly object?[] IntegerBoxes = new object?[SharedIntegers];

    private static readonly object True = true;
    private static readonly object False = false;

    /// <summary>
    /// An integer as a row holds it, the small ones as a shared box: a v2 article's rows hold ~70 integers and ~16 flags, and
    /// boxing each anew was a sixth of what saving allocated (bench/RESULTS.md, fourteenth round, save).
    /// </summary>
    public static object? Integer(int? value) =>
        value is { } n && (uint)n < SharedIntegers ? IntegerBoxes[n] ??= n : value;

    /// <summary>A flag as a row holds it, one of two shared boxes.</summary>
    public static object Flag(bool value) => value ? True : False;

    public static string? Date(DateOnly? date) => date is { } day ? DayText.Of(day) : null;

    /// <summary>
    /// A list's JSON as a row holds it: written into <paramref name="text"/> as characters (stored as a string is) when
    /// <see cref="PlainJsonList"/> can write it, or else a string from the serializer.
    /// </summary>
    public static object List(IReadOnlyList<string> items, RentedText text)
    {
        if (items.Count == 0) return EmptyList;
        var length = PlainJsonList.Length(items);
        if (length < 0) return JsonSerializer.Serialize(items, StoredJson.Relaxed.StringList);
        var json = text.Take(length);
        PlainJsonList.Write(items, json.Span);
        return (ReadOnlyMemory<char>)json;
    }

    /// <summary>Most events have no other telling: their empty list is written without the serializer.</summary>
    public static string Reports(IReadOnlyList<EventReport> reports) => reports.Count == 0
        ? EmptyList
        : JsonSerializer.Serialize(reports.Select(r => new StoredReport(r.Quote, r.QuoteSpan.Start, r.QuoteSpan.Length, r.Sources)), StoredJson.Relaxed.Reports);

    public static string? NullableString(this DbDataReader row, int column) =>
        row.IsDBNull(column) ? null : row.GetString(column);

    public static int? NullableInt(this DbDataReader row, int column) =>
        row.IsDBNull(column) ? null : row.GetInt32(column);

    public static double? NullableDouble(this DbDataReader row, int column) =>
        row.IsDBNull(column) ? null : row.GetDouble(column);

    public static DateOnly? NullableDate(this DbDataReader row, int column) =>
        row.IsDBNull(column) ? null : DateOnly.ParseExact(row.GetString(column), DateFormat, CultureInfo.InvariantCulture);

    public static IReadOnlyList<string> StringList(this DbDataReader row, int column) => Json(row, column, StoredJson.Relaxed.StringArray);

    /// <remarks>
    /// Most events have no other telling: they share one empty array (a list each was 4 MB of the ledger's 50 MB store).
    /// An array, not a list, for the other branch: beside a list, <c>[]</c> would be a new empty list each time.
    /// </remarks>
    public static IReadOnlyList<EventReport> ReportList(this DbDataReader row, int column) =>
        Json(row, column, StoredJson.Relaxed.StoredReportArray) is { Length: > 0 } reports
            ? reports.Select(r => new EventReport(r.Quote, new TextSpan(r.Start, r.Length), r.Sources)).ToArray()
            : [];

    /// <summary>Through the type's own contract: looking it up through the options on every call cost as much as the writing.</summary>
    private static T Json<T>(DbDataReader row, int column, JsonTypeInfo<T> contract) where T : class =>
        JsonSerializer.Deserialize(row.GetString(column), contract)
        ?? throw new StoreException($"Column {row.GetName(column)} holds JSON null where a list was expected.");
}
