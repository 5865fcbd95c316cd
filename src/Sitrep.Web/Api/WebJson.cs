using System.Text.Json;
using System.Text.Json.Serialization;
using Sitrep.Ledger;
using Sitrep.Web.Ledger;

namespace Sitrep.Web.Api;

/// <summary>An answer that says what was wrong: <c>{"error": "..."}</c>.</summary>
public sealed record ErrorAnswer(string Error);

/// <summary>
/// The serializer's contracts for every answer of the API, made at build time (no reflection), with ASP.NET's own
/// defaults (camelCase names); the server answers through these alone, so a type left out fails its tests.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(EventPage))]
[JsonSerializable(typeof(List<TypeCount>))]
[JsonSerializable(typeof(List<DayCount>))]
[JsonSerializable(typeof(List<MapPoint>))]
[JsonSerializable(typeof(DocumentView))]
[JsonSerializable(typeof(LedgerPage))]
[JsonSerializable(typeof(IReadOnlyList<FramingCount>))]
[JsonSerializable(typeof(ErrorAnswer))]
[JsonSerializable(typeof(string[]))]
internal sealed partial class WebJson : JsonSerializerContext;
