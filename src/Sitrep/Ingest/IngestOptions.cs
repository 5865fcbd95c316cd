using Sitrep.Model;

namespace Sitrep.Ingest;

/// <summary>Metadata for inputs that carry none (plain text, HTML): <c>--published</c>, <c>--outlet</c>, language.</summary>
public sealed record IngestOptions(PartialDate? Published = null, string? Outlet = null, string Language = "fr");
