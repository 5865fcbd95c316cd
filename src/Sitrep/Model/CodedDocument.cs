namespace Sitrep.Model;

/// <summary>Everything the pipeline produced for one document.</summary>
public sealed record CodedDocument(
    Document Document,
    IReadOnlyList<Event> Events,
    IReadOnlyList<Claim> Claims,
    IReadOnlyList<Label> Labels,
    IReadOnlyList<Mention> Mentions);
