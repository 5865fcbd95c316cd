namespace Sitrep.Model;

/// <summary>One article as ingested: metadata plus its main text (NFC, boilerplate removed).</summary>
/// <param name="Id">Given by the input, else a stable hash of outlet and normalised text.</param>
/// <param name="Origin">Where it came from (file path, or file path and line), for error messages.</param>
public sealed record Document(
    string Id,
    string? Outlet,
    PartialDate? Published,
    string Language,
    string? Title,
    string Text,
    string Origin);
