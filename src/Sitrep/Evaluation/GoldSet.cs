namespace Sitrep.Evaluation;

/// <summary>
/// A gold file's contents. <see cref="Documents"/> holds every document any gold line names: a document
/// annotated with no event still counts, so that events predicted for it are false positives.
/// </summary>
public sealed record GoldSet(
    IReadOnlyList<GoldEvent> Events,
    IReadOnlyList<GoldClaim> Claims,
    IReadOnlyList<GoldLabel> Labels,
    IReadOnlySet<string> Documents);
