using Sitrep.Model;

namespace Sitrep.Recognition.Dates;

/// <summary>A time expression found in a document, before it is resolved against the publication date.</summary>
/// <param name="Timex">TIMEX3 value as <see cref="ITemporalParser"/> gives it, or as a repair rule rewrote it.</param>
/// <param name="Entry">What produced it: the model and its TIMEX, or the resource line of a repair rule.</param>
public sealed record TemporalMatch(TextSpan Span, string Timex, string? Mod, string Entry)
{
    /// <summary>A length of time ("dix jours"), not a point in the calendar as "depuis dix jours" is.</summary>
    public bool IsLengthOfTime => Timex.StartsWith('P') && Mod != "since";
}
