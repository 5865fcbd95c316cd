using Sitrep.Text;

namespace Sitrep.Recognition.Numbers;

/// <summary>
/// Where a sentence's figures may be: its vague figures (<see cref="VagueNumbers"/>) and its runs of figures and number
/// words (<see cref="NumberRuns"/>), found in one walk over its tokens. Both are asked of every token of every text;
/// their two answers about a word are remembered with it as one, so a token costs one memo read, not one a walk.
/// </summary>
public sealed class SentenceFigures
{
    private readonly VagueNumbers _vague;
    private readonly NumberRuns _runs;
    private readonly WordAnswers<WordAnswer> _answers;

    public SentenceFigures(NumberWords words, VagueNumbers vague)
    {
        _vague = vague;
        _runs = new NumberRuns(words);
        _answers = new(norm => new WordAnswer(words.IsNumberWord(norm), vague.StartingWith(norm)));
    }

    /// <summary>Fills <paramref name="vague"/> and <paramref name="runs"/> (lists the caller reuses) with the sentence's
    /// vague figures and its runs' token ranges [First, End), each in text order. A vague figure's tokens may start runs.</summary>
    public void Find(AnalyzedText text, Sentence sentence, List<VagueNumber> vague, List<(int First, int End)> runs)
    {
        vague.Clear();
        runs.Clear();
        // Each list is searched on from where its last find ended, as two walks would.
        int vagueFrom = sentence.FirstToken, runFrom = sentence.FirstToken;
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            var word = _answers.Of(text.Word(i));
            if (i >= vagueFrom && word.StartsVague is { } phrases && _vague.At(text, i, sentence.EndToken, phrases) is { } found)
            {
                vague.Add(found);
                vagueFrom = found.End;
            }
            if (i < runFrom || !NumberRuns.IsNumeric(text, i, word.IsNumberWord)) continue;
            var last = _runs.LastOfRun(text, sentence, i);
            runs.Add((i, last + 1));
            runFrom = last + 1;
        }
    }

    /// <summary>What both ask of a word. A struct: the answer most words get (neither) is shared, not made a word.</summary>
    private readonly record struct WordAnswer(bool IsNumberWord, (string[] Words, VaguePhrase Value)[]? StartsVague);
}
