using Sitrep.Model;

namespace Sitrep.Tests.Challenge;

/// <summary>One case of the challenge suite: a short text and the events EVENTS.md codes from it.</summary>
/// <param name="Category">The <c>#</c> heading the case sits under in the case file.</param>
/// <param name="Paragraphs">The text, one paragraph per element.</param>
/// <param name="Expected">Empty for a case that expects no events at all.</param>
/// <param name="Exact">No predicted event beyond the expected ones is allowed.</param>
/// <param name="KnownFailure">Why the coder fails this case today; null when it is expected to pass.</param>
public sealed record ChallengeCase(
    string Id,
    string Category,
    PartialDate Published,
    string? Outlet,
    IReadOnlyList<string> Paragraphs,
    IReadOnlyList<ExpectedEvent> Expected,
    bool Exact,
    string? KnownFailure)
{
    public bool ExpectsNoEvents => Expected.Count == 0;

    public Document ToDocument() =>
        new(Id, Outlet, Published, "fr", null, string.Join("\n", Paragraphs), "challenge");
}

/// <summary>An event a case expects: its sub-event type and location, and the fields the case checks (by field name).</summary>
/// <param name="Checks">Field name (as <see cref="ChallengeFields"/> knows it) to expected value; a null value means "none".</param>
public sealed record ExpectedEvent(string SubEventType, string Location, IReadOnlyDictionary<string, string?> Checks)
{
    public override string ToString() =>
        string.Join(" | ", Checks.Select(c => $"{c.Key}: {c.Value ?? "none"}").Prepend($"{SubEventType} @ {Location}"));
}
