namespace Sitrep.Model;

public enum MentionKind { Place, Actor, Source, Date, Quantity, Trigger, Cue, Label }

/// <summary>
/// A recognised span: what it is, its canonical value, and the resource entry that produced it
/// (e.g. <c>fr/actors.tsv: armée syrienne</c>) so that every output row can say why.
/// </summary>
/// <param name="Value">Canonical value: actor or source name, place id, ISO date, number, sub-event type, cue kind.</param>
/// <param name="Detail">Kind-specific extra: the trigger's construction, the date's precision, the quantity's unit...</param>
public sealed record Mention(MentionKind Kind, TextSpan Span, string Value, string Entry, string? Detail = null);
