namespace Sitrep.Bench.Harness;

/// <summary>What one measured run does to every article of the corpus.</summary>
public enum Stage
{
    /// <summary>(a) Read the JSONL and cut each text into sentences and tokens: the bare cost of reading text.</summary>
    Tokenize,
    /// <summary>(b) Segmentation plus every recognizer (<see cref="Pipeline.Analyse"/>).</summary>
    Recognize,
    /// <summary>(c) The whole pipeline, coded documents saved into a fresh SQLite store.</summary>
    Pipeline,
}
