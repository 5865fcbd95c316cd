namespace Sitrep.Evaluation;

/// <summary>A gold JSONL line that cannot be read; says which file and line so the annotator can fix it.</summary>
public sealed class GoldFormatException(string path, int line, string problem)
    : Exception($"{path}:{line}: {problem}")
{
    public string Path { get; } = path;
    public int Line { get; } = line;
}
