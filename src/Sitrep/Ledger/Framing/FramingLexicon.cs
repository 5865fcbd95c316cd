using Sitrep.Evaluation;
using Sitrep.Resources;

namespace Sitrep.Ledger.Framing;

public enum Frame { Loaded, Neutral }

/// <summary>The loaded and neutral label words per actor, from framing.tsv.</summary>
public sealed class FramingLexicon
{
    private readonly Dictionary<(string Actor, string Word), Frame> _frames;

    public FramingLexicon(IEnumerable<(string Actor, string Word, Frame Frame)> entries) =>
        _frames = entries.ToDictionary(e => (MatchKeys.NameKey(e.Actor), MatchKeys.Word(e.Word)), e => e.Frame);

    public static FramingLexicon Load(string language) =>
        new(TsvFile.Read(Path.Combine(ResourcePaths.Language(language), "framing.tsv")).Select(Entry));

    /// <summary>Whether the lexicon sorts this actor's labels at all, so that a share means something.</summary>
    public bool Covers(string actor) => _frames.Keys.Any(k => k.Actor == MatchKeys.NameKey(actor));

    public Frame? FrameOf(string actor, string word) =>
        _frames.TryGetValue((MatchKeys.NameKey(actor), MatchKeys.Word(word)), out var frame) ? frame : null;

    private static (string, string, Frame) Entry(TsvRow row) =>
        (row["actor"], row["word"], row["frame"] switch
        {
            "loaded" => Frame.Loaded,
            "neutral" => Frame.Neutral,
            var other => throw new InvalidDataException($"{row.Citation}: frame '{other}' is neither loaded nor neutral"),
        });
}
