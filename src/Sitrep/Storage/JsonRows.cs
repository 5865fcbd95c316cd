using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Sitrep.Storage;

/// <summary>
/// A document's rows of one table as one JSON value, as SQLite stores claims and labels (schema 6): an array holding,
/// for each row in order, an array of its values after the document id and the position (the position is the index),
/// the table's list columns nested as arrays. The views <c>claims</c> and <c>labels</c> read them back as rows.
/// Reused from document to document: <see cref="Clear"/> empties it.
/// </summary>
internal sealed class JsonRows : IDisposable
{
    /// <summary>What every row holds before its values: the document id and the position.</summary>
    private const int KeyColumns = 2;

    /// <summary>Characters as the lists' JSON writes them (<see cref="StoredValues"/>): accents and quotes as they are.</summary>
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    private readonly ArrayBufferWriter<byte> _utf8 = new(1 << 12);
    private readonly Utf8JsonWriter _json;
    private readonly bool[] _isList;

    public JsonRows(StoredTable table)
    {
        _json = new Utf8JsonWriter(_utf8, Options);
        _isList = table.Columns.Select(table.Lists.Contains).ToArray();
    }

    public int Count { get; private set; }

    /// <summary>Adds a row of the table, its values in column order.</summary>
    public void Add(object?[] row)
    {
        if (Count++ == 0) _json.WriteStartArray();
        _json.WriteStartArray();
        for (var c = KeyColumns; c < row.Length; c++)
            if (_isList[c]) WriteList(row[c]);
            else WriteValue(row[c]);
        _json.WriteEndArray();
    }

    /// <summary>The rows added since <see cref="Clear"/> as UTF-8 JSON text, valid until the next change.</summary>
    public ReadOnlyMemory<byte> Text()
    {
        if (Count == 0) throw new InvalidOperationException("No rows were added.");
        _json.WriteEndArray();
        _json.Flush();
        return _utf8.WrittenMemory;
    }

    public void Clear()
    {
        _json.Reset();
        _utf8.ResetWrittenCount();
        Count = 0;
    }

    public void Dispose() => _json.Dispose();

    /// <summary>A list column already holds its JSON text, written as it is.</summary>
    private void WriteList(object? json)
    {
        switch (json)
        {
            case string text:
                _json.WriteRawValue(text, skipInputValidation: true);
                break;
            case ReadOnlyMemory<char> text:
                _json.WriteRawValue(text.Span, skipInputValidation: true);
                break;
            default:
                throw new ArgumentException($"A list column holds a {json?.GetType().Name ?? "null"}, not its JSON text.", nameof(json));
        }
    }

    private void WriteValue(object? value)
    {
        switch (value)
        {
            case null:
                _json.WriteNullValue();
                break;
            case string text:
                _json.WriteStringValue(text);
                break;
            case int number:
                _json.WriteNumberValue(number);
                break;
            case double number:
                _json.WriteNumberValue(number);
                break;
            default:
                throw new ArgumentException($"No column folded into JSON holds a {value.GetType().Name}.", nameof(value));
        }
    }
}
