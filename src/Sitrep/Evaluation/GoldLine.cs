using System.Globalization;
using System.Text.Json;

namespace Sitrep.Evaluation;

/// <summary>Typed reads of one gold JSON object; every failure names the file, the line and the field.</summary>
internal sealed class GoldLine(string path, int line, JsonElement root)
{
    public int Number => line;

    public GoldFormatException Error(string problem) => new(path, line, problem);

    public string RequiredString(string name) =>
        OptionalString(name) ?? throw Error($"field \"{name}\" is missing or null");

    public string? OptionalString(string name) => Field(name) switch
    {
        null => null,
        { ValueKind: JsonValueKind.String } v => v.GetString(),
        _ => throw Error($"field \"{name}\" must be a string or null"),
    };

    public int? OptionalInt(string name) => Field(name) switch
    {
        null => null,
        { ValueKind: JsonValueKind.Number } v when v.TryGetInt32(out var i) => i,
        _ => throw Error($"field \"{name}\" must be a whole number or null"),
    };

    public double RequiredNumber(string name) => Field(name) switch
    {
        { ValueKind: JsonValueKind.Number } v => v.GetDouble(),
        _ => throw Error($"field \"{name}\" must be a number"),
    };

    public bool OptionalBool(string name) => Field(name) switch
    {
        null => false,
        { ValueKind: JsonValueKind.True } => true,
        { ValueKind: JsonValueKind.False } => false,
        _ => throw Error($"field \"{name}\" must be true, false or null"),
    };

    public DateOnly? OptionalDate(string name)
    {
        var text = OptionalString(name);
        if (text is null) return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        throw Error($"field \"{name}\" must be an ISO date (YYYY-MM-DD) or null, not \"{text}\"");
    }

    public IReadOnlyList<string> StringList(string name)
    {
        var field = Field(name);
        if (field is null) return [];
        if (field.Value.ValueKind != JsonValueKind.Array) throw Error($"field \"{name}\" must be a list of strings");
        return field.Value.EnumerateArray()
            .Select(e => e.ValueKind == JsonValueKind.String ? e.GetString()! : throw Error($"field \"{name}\" must hold only strings"))
            .ToList();
    }

    public GoldLine? OptionalObject(string name) => Field(name) switch
    {
        null => null,
        { ValueKind: JsonValueKind.Object } v => new GoldLine(path, line, v),
        _ => throw Error($"field \"{name}\" must be an object or null"),
    };

    /// <summary>The field's value; null when the field is absent or JSON null.</summary>
    private JsonElement? Field(string name) =>
        root.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null ? v : null;
}
