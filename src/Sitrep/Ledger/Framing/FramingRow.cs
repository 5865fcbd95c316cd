namespace Sitrep.Ledger.Framing;

/// <summary>How one outlet names one actor.</summary>
/// <param name="Outlet">The outlet, or the document id where the outlet is unknown.</param>
/// <param name="Words">Each label word with the number of labels using it, most used first.</param>
/// <param name="LoadedShare">Loaded labels over loaded and neutral ones; null when the lexicon does not cover the actor or none was used.</param>
public sealed record FramingRow(
    string Outlet,
    string Actor,
    IReadOnlyList<WordCount> Words,
    int Loaded,
    int Neutral,
    double? LoadedShare);

public sealed record WordCount(string Word, int Count);
