using BenchmarkDotNet.Attributes;
using Sitrep.Model;
using Sitrep.Text;

namespace Sitrep.Bench.Micro;

/// <summary>The segmenter (tokens, sentences, folded tokens) and the fold alone, on one paragraph.</summary>
[MemoryDiagnoser]
public class SegmenterBenchmarks
{
    private readonly RuleSegmenter _segmenter = RuleSegmenter.Load("fr");
    private readonly Document _document = SampleText.Document();

    [Benchmark]
    public int Segment() => _segmenter.Segment(_document).Tokens.Count;

    [Benchmark]
    public int NormalizeEveryWord()
    {
        var total = 0;
        foreach (var word in SampleText.Text.Split(' '))
            total += TextNormalizer.Normalize(word).Length;
        return total;
    }
}
