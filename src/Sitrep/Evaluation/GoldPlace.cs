namespace Sitrep.Evaluation;

/// <summary>The canonical place an annotator gave an event: EVENTS.md's <c>{name, parent, country, level}</c>.</summary>
public sealed record GoldPlace(string Name, string? Parent, string? Country, string? Level);
