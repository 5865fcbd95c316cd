using Sitrep.Model;

namespace Sitrep.Evaluation;

/// <summary>What an error listing shows of an event.</summary>
public sealed record EventSummary(
    string EventType,
    string SubEventType,
    string? Location,
    string? Place,
    DateOnly? Date,
    string? Actor1,
    string? Actor2,
    int? Fatalities,
    IReadOnlyList<string> Sources,
    string Quote)
{
    public static EventSummary Of(Event e) => new(
        e.EventType, e.SubEventType, e.Location, e.Place?.Name, e.Date, e.Actor1, e.Actor2, e.Fatalities, e.Sources, e.Quote);

    /// <summary>One line: <c>Battles / Armed clash @ al-Chaar (al-Shaar) 2016-12-06 A → B, 3 killed, sources SOHR&gt;AFP: "quote"</c>.</summary>
    public override string ToString()
    {
        var place = Place is null ? "" : $" ({Place})";
        var killed = Fatalities is int n ? $", {n} killed" : "";
        var sources = Sources.Count == 0 ? "no source" : "sources " + string.Join(">", Sources);
        return $"{EventType} / {SubEventType} @ {Location ?? "-"}{place} {Date?.ToString("yyyy-MM-dd") ?? "undated"} "
            + $"{Actor1 ?? "-"} → {Actor2 ?? "-"}{killed}, {sources}: \"{Quote}\"";
    }
}
