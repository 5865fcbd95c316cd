using Sitrep.Model;

namespace Sitrep.Evaluation;

/// <summary>One gold line of kind <c>label</c>: the document names <see cref="Actor"/> with the lemma <see cref="Word"/>.</summary>
public sealed record GoldLabel(int Line, string DocId, string Actor, string Word)
{
    /// <summary>The gold label as a pipeline label (empty span: gold gives no offsets; the entry cites the gold line).</summary>
    public Label ToLabel() => new(DocId, Actor, Word, default, $"gold:{Line}");
}
