namespace Sitrep.Model;

/// <summary>One telling of an event in a document: the words that state it, where they are, and who says it (chain nearest first).</summary>
public sealed record EventReport(string Quote, TextSpan QuoteSpan, IReadOnlyList<string> Sources);
