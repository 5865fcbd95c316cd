using Sitrep.Model;
using Sitrep.Text;

namespace Sitrep.Recognition;

/// <summary>Finds one kind of mention in an analysed text. Built once from resources; thread-safe.</summary>
public interface IRecognizer
{
    IEnumerable<Mention> Recognize(AnalyzedText text);
}
