using System.Globalization;
using System.Text;

namespace Sitrep.Text;

/// <summary>
/// Folds text for dictionary matching: lower case, diacritics removed, typographic apostrophes
/// and dashes unified, ligatures expanded. One function so that resources and text fold alike.
/// </summary>
/// <remarks>
/// Every character folds on its own, so each one's fold is computed once and kept in a table; and since the
/// same words come back all the time, each thread keeps the words it last saw, as <see cref="WordMemo"/>s, and hands
/// the same one out again: folding a token seldom allocates, and the tables' answers about it are remembered with it.
/// </remarks>
public static class TextNormalizer
{
    private const int MaxRememberedWords = 1 << 14;
    private const int MaxRememberedLength = 32;

    // One fold per UTF-16 unit, filled on first use; two threads racing write the same string.
    private static readonly string?[] Folds = new string?[char.MaxValue + 1];

    [ThreadStatic] private static StringBuilder? t_builder;
    [ThreadStatic] private static ThreadWords? t_words;
    // One-character words (punctuation, "à") by their character, kept for good: there are few of them.
    private const int RememberedSingles = 256;
    // Words of two to fifteen characters in a table by their characters packed in two integers (PackedWord): most
    // tokens, found without hashing or comparing a string. Bits of the table's size.
    private const int PackedWordBits = 13;

    public static string Normalize(string text) => Normalize(text.AsSpan());

    public static string Normalize(ReadOnlySpan<char> text) => text.Length switch
    {
        // A one-character token (punctuation, "à") is its character's fold, kept in the table already.
        1 => Fold(text[0]),
        > MaxRememberedLength => Fold(text),
        _ => OfThisThread.Remembered(text).Norm,
    };

    /// <summary>
    /// The word's memo: its norm (<see cref="Normalize(ReadOnlySpan{char})"/>) and the answers tables gave about it on
    /// this thread. A word longer than the thread remembers gets a memo of its own, which remembers for its text only.
    /// </summary>
    public static WordMemo Word(ReadOnlySpan<char> text) => OfThisThread.Word(text);

    /// <summary>The memos of a text's tokens, in order: <see cref="Word"/> of each.</summary>
    public static WordMemo[] Words(string text, ReadOnlySpan<Token> tokens)
    {
        // The thread's words are looked up once for the text, not once a token.
        var words = OfThisThread;
        var memos = new WordMemo[tokens.Length];
        for (var i = 0; i < memos.Length; i++)
            memos[i] = words.Word(text.AsSpan(tokens[i].Start, tokens[i].Length));
        return memos;
    }

    private static ThreadWords OfThisThread => t_words ??= new ThreadWords();

    /// <summary>The words a thread last saw, each with its memo.</summary>
    private sealed class ThreadWords
    {
        private readonly Dictionary<string, WordMemo> _words = new(StringComparer.Ordinal);
        // The span view of _words, made once: asking the dictionary for it checks its comparer's type each time.
        private readonly Dictionary<string, WordMemo>.AlternateLookup<ReadOnlySpan<char>> _lookup;
        private readonly WordMemo?[] _singles = new WordMemo?[RememberedSingles];
        private readonly (PackedWord Characters, WordMemo? Word)[] _packedWords = new (PackedWord, WordMemo?)[1 << PackedWordBits];

        public ThreadWords() => _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();

        public WordMemo Word(ReadOnlySpan<char> text)
        {
            if (text.Length == 1)
                return text[0] < RememberedSingles ? _singles[text[0]] ??= new WordMemo(Fold(text[0])) : new WordMemo(Fold(text[0]));
            if (PackedWord.TryPack(text, out var characters)) return Slotted(text, characters);
            return text.Length > MaxRememberedLength ? new WordMemo(Fold(text)) : Remembered(text);
        }

        /// <summary>A packed word's memo: the one its slot holds, else the remembered one, which then takes the slot.</summary>
        private WordMemo Slotted(ReadOnlySpan<char> text, PackedWord characters)
        {
            ref var slot = ref _packedWords[characters.Hash(PackedWordBits)];
            if (slot.Characters == characters && slot.Word is { } word) return word;
            word = Remembered(text);
            slot = (characters, word);
            return word;
        }

        public WordMemo Remembered(ReadOnlySpan<char> text)
        {
            if (_lookup.TryGetValue(text, out var word)) return word;
            // Texts keep the memos of their tokens: a word seen again after the clear gets a new memo, asks again and answers alike.
            if (_words.Count >= MaxRememberedWords) Forget();
            var norm = Fold(text);
            word = new WordMemo(norm);
            // A word written as it folds (most are) is its own key: one string, not two, and the one the lookup compares
            // is the one the recognizers read next.
            if (text.SequenceEqual(norm)) _words[norm] = word;
            else _lookup[text] = word;
            return word;
        }

        /// <summary>Forgets every word, those in the packed slots too: a word folded after it gets a new memo whatever its length.</summary>
        private void Forget()
        {
            _words.Clear();
            Array.Clear(_packedWords);
        }
    }

    /// <summary>The fold of one character: <see cref="Normalize(ReadOnlySpan{char})"/> of a text is its characters' folds in a row.</summary>
    internal static string Fold(char c) => Folds[c] ??= FoldOf(c);

    private static string Fold(ReadOnlySpan<char> text)
    {
        var sb = t_builder ??= new StringBuilder(64);
        sb.Clear();
        foreach (var c in text)
            sb.Append(Fold(c));
        return sb.ToString();
    }

    private static string FoldOf(char c)
    {
        switch (c)
        {
            case '\u2019' or '\u2018' or '\u02BC' or '\u02BB' or '`' or '\u00B4' or '\u2032': return "'";
            case '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212': return "-";
            case '\u0153' or '\u0152': return "oe";
            case '\u00E6' or '\u00C6': return "ae";
            case '\u00DF': return "ss";
            case '\u00A0' or '\u202F' or '\u2009': return " ";
        }
        if (c < 128) return char.ToLowerInvariant(c).ToString();
        // Surrogates and unassigned code units cannot be decomposed one at a time: keep them as they are.
        if (char.IsSurrogate(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.OtherNotAssigned) return c.ToString();
        var sb = new StringBuilder(2);
        foreach (var d in c.ToString().Normalize(NormalizationForm.FormD))
            if (CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark)
                sb.Append(char.ToLowerInvariant(d));
        return sb.ToString();
    }
}
