using System.Runtime.CompilerServices;

namespace Sitrep.Text;

/// <summary>
/// A word as a thread folded it (<see cref="TextNormalizer.Word"/>), with the answers the word tables gave about its
/// norm: every recognizer asks its own tables about every token, and the same few thousand words come back in every
/// text, so each table is asked about a word once per thread and its answer read back after (<see cref="WordAnswers{T}"/>).
/// </summary>
/// <remarks>
/// The tables are immutable and their answers depend on the norm only, so a remembered answer is the table's answer,
/// whenever and on whichever thread it is read. Memos are made per thread; a text read on another thread than the one
/// that segmented it shares its memos with it, which stays exact: see <see cref="WordAnswers{T}"/>.
/// </remarks>
public sealed class WordMemo
{
    /// <summary>
    /// Room for the answers of this many tables; a table built after them shares a slot with an older one. The pipeline
    /// builds 19 (the coder's noun lists among them), each with a slot of its own.
    /// </summary>
    internal const int Slots = 20;

    private static int s_tables;

    private Answers _answers;

    internal WordMemo(string norm) => Norm = norm;

    /// <summary>The word folded for matching (<see cref="TextNormalizer.Normalize(ReadOnlySpan{char})"/>).</summary>
    public string Norm { get; }

    internal object? this[int slot]
    {
        get => _answers[slot];
        set => _answers[slot] = value;
    }

    /// <summary>
    /// A slot for a new table, handed out in turn. A process builds one pipeline, whose dozen tables get a slot each;
    /// tests build many, whose tables come to share slots: an answer says which table gave it, so sharing costs time only.
    /// </summary>
    internal static int TakeSlot() => (int)((uint)Interlocked.Increment(ref s_tables) % Slots);

    [InlineArray(Slots)]
    private struct Answers
    {
        private object? _first;
    }
}
