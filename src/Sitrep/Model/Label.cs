namespace Sitrep.Model;

/// <summary>A word the document uses to name an actor; <see cref="Word"/> is its lemma (lower-case, singular, masculine).</summary>
public sealed record Label(string DocId, string Actor, string Word, TextSpan Span, string Entry);
