using Sitrep.Model;

namespace Sitrep.Ingest.Sources;

/// <summary>What a source gives for one item: a draft document, or a reason it could not.</summary>
internal abstract record SourceItem(string Origin);

/// <summary>A document as found, before cleaning; metadata the input lacks is null.</summary>
/// <param name="Guess">How the bytes were decoded when that was a guess (<see cref="Decoding.DecodedText.Guess"/>).</param>
internal sealed record Draft(
    string Origin,
    string Text,
    string? Title = null,
    string? Id = null,
    string? Outlet = null,
    PartialDate? Published = null,
    string? Language = null,
    string? Guess = null) : SourceItem(Origin);

internal sealed record Problem(string Origin, string Reason) : SourceItem(Origin);
