using Sitrep.Model;

namespace Sitrep.Text;

/// <summary>Cuts a document into sentences and tokens. Built once from a language's resources; thread-safe.</summary>
public interface ISegmenter
{
    AnalyzedText Segment(Document document);
}
