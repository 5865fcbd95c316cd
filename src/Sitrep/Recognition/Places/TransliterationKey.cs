using System.Runtime.CompilerServices;
using Sitrep.Text;

namespace Sitrep.Recognition.Places;

/// <summary>
/// A matching key for Arabic place names written in Latin letters, built by rules so that the
/// French, English and scholarly spellings of one name meet ("al-Chaar", "ash-Sha'ar", "Shaar")
/// without listing variants. Each word is folded on its own; the key is the words joined.
/// </summary>
public static class TransliterationKey
{
    // Arabic article forms, sun-letter assimilations included (ash-Sham, ad-Dana, ez-Zor, ech-Cheikh).
    private static readonly HashSet<string> Articles =
    [
        "al", "el", "il", "ul",
        "ash", "esh", "ech", "as", "es", "ad", "ed", "at", "et", "az", "ez", "ar", "er", "an", "en",
        "ath", "eth", "adh", "edh",
    ];

    // The sun letters an article assimilates to when written attached ("Ezzor" = ez-Zor).
    private const string SunLetters = "tdrzsnl";

    /// <summary>The article forms written as a word of their own before a name ("Al Bab", "El Mina"), folded.</summary>
    public static bool IsSeparateArticle(ReadOnlySpan<char> word) => word is "al" or "el";

    /// <summary>The whole key: the folded words joined.</summary>
    public static string Of(string name) => string.Concat(FoldedWords(name));

    /// <summary>The folded words of a name, articles dropped, in order.</summary>
    public static IReadOnlyList<string> Words(string name) => FoldedWords(name);

    /// <summary>
    /// The key of a name already folded by <see cref="TextNormalizer"/>, written into <paramref name="key"/> (room for
    /// as many characters as the name has: folding never adds one); how many characters it has.
    /// </summary>
    /// <remarks>
    /// The scanner keys every run of tokens that may open a name, most of them new: from the tokens' norms and into its
    /// own room, keying allocates nothing, where a string per name and per word made most of the places' allocation.
    /// </remarks>
    internal static int KeyOfNormalized(ReadOnlySpan<char> normalized, Span<char> key)
    {
        Span<int> wordEnds = normalized.Length <= MaxStackLetters ? stackalloc int[normalized.Length] : new int[normalized.Length];
        var words = Fold(normalized, key, wordEnds, out _);
        return words == 0 ? 0 : wordEnds[words - 1];
    }

    /// <summary>
    /// The first word of the key of a name already folded by <see cref="TextNormalizer"/>, written into
    /// <paramref name="word"/> (room as for <see cref="KeyOfNormalized"/>); how many characters it has, 0 when the name has none.
    /// </summary>
    /// <remarks>Most names the scanner tries are no place, which the gazetteer tells from their first word: the rest is not folded.</remarks>
    internal static int FirstWordOfNormalized(ReadOnlySpan<char> normalized, Span<char> word) =>
        FirstWordOfNormalized(normalized, word, out _);

    /// <inheritdoc cref="FirstWordOfNormalized(ReadOnlySpan{char}, Span{char})"/>
    /// <param name="reach">Whether the first word stays the first word of a longer name that starts with this text.</param>
    internal static int FirstWordOfNormalized(ReadOnlySpan<char> normalized, Span<char> word, out FirstWordReach reach)
    {
        Span<int> wordEnd = stackalloc int[1];
        return Fold(normalized, word, wordEnd, out reach) == 0 ? 0 : wordEnd[0];
    }

    /// <summary>
    /// What the key of a longer name takes from one token of it, given as its norm: the name's tokens written apart by
    /// one space are the words of each token in a row, so each token's key words can be folded once and joined. Null
    /// for a norm with no word (whose neighbours' words it would change: the keys of names holding it are made whole).
    /// </summary>
    /// <remarks>
    /// A word is folded alike wherever it stands but for two things: an article is dropped only before a following word,
    /// and the name's first word is folded as an initial. So a token gives three pieces: opening a name (its first word
    /// the name's, others after it), inside one (words before and after it) and closing one (words before it only).
    /// </remarks>
    internal static RunWordKeys? RunWordKeysOf(string norm)
    {
        var room = norm.Length <= MaxStackLetters ? stackalloc char[norm.Length] : new char[norm.Length];
        Span<int> wordEnds = norm.Length <= MaxStackLetters ? stackalloc int[norm.Length] : new int[norm.Length];
        if (Split(norm, room, norm.Length <= MaxStackLetters ? stackalloc (int, int, bool)[norm.Length] : new (int, int, bool)[norm.Length]) == 0)
            return null;
        return new RunWordKeys(
            Piece(norm, room, wordEnds, opening: true, followed: true),
            Piece(norm, room, wordEnds, opening: false, followed: true),
            Piece(norm, room, wordEnds, opening: false, followed: false));
    }

    private static string Piece(string norm, Span<char> room, Span<int> wordEnds, bool opening, bool followed)
    {
        var words = Fold(norm, room, wordEnds, out _, opening, followed);
        return words == 0 ? "" : new string(room[..wordEnds[words - 1]]);
    }

    /// <summary>The characters that end a word of a name (<see cref="Split"/>): the next one starts another word.</summary>
    /// <remarks>Asked of every character of every name keyed; the JIT left it a call.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsWordSeparator(char c) => c is ' ' or '-' or '_' or '/' or '.' or ',';

    // Folding works in place on the letters of one name: each step below only keeps, drops or replaces letters, never
    // adds one, so a word's letters never outgrow the room they started in, and a name's key never outgrows the name.
    private const int MaxStackLetters = 256;

    private static string[] FoldedWords(string name)
    {
        // Lower case and no diacritics (Saïd = Said, Kallassé = Kallasse), the shared folding of all resources.
        var text = TextNormalizer.Normalize(name);
        var key = text.Length <= MaxStackLetters ? stackalloc char[text.Length] : new char[text.Length];
        Span<int> wordEnds = text.Length <= MaxStackLetters ? stackalloc int[text.Length] : new int[text.Length];
        var words = new string[Fold(text, key, wordEnds, out _)];
        for (var i = 0; i < words.Length; i++)
            words[i] = new string(key[(i == 0 ? 0 : wordEnds[i - 1])..wordEnds[i]]);
        return words;
    }

    /// <summary>
    /// Folds the words of a normalized name one after another into <paramref name="key"/>, as many as
    /// <paramref name="wordEnds"/> has room for (a name has at most one word per character): how many words were folded,
    /// and where each ends in the key; and how far the first of them would hold in a longer name that starts with this text.
    /// </summary>
    /// <param name="opening">Whether the text opens the name, its first word folded as the name's (<see cref="RunWordKeysOf"/>).</param>
    /// <param name="followed">Whether words of the name follow the text's last.</param>
    private static int Fold(ReadOnlySpan<char> text, Span<char> key, Span<int> wordEnds, out FirstWordReach firstWordReach,
        bool opening = true, bool followed = false)
    {
        firstWordReach = FirstWordReach.Unsettled;
        var letters = text.Length <= MaxStackLetters ? stackalloc char[text.Length] : new char[text.Length];
        var scratch = text.Length <= MaxStackLetters ? stackalloc char[text.Length] : new char[text.Length];
        Span<(int Start, int Length, bool HyphenAfter)> parts = text.Length <= MaxStackLetters
            ? stackalloc (int, int, bool)[text.Length]
            : new (int, int, bool)[text.Length];
        var partCount = Split(text, letters, parts);
        var words = 0;
        var keyLength = 0;
        for (var i = 0; i < partCount && words < wordEnds.Length; i++)
        {
            var (start, length, hyphenAfter) = parts[i];
            var word = letters.Slice(start, length);
            var hasNext = i + 1 < partCount;
            // An article is dropped when it leads a following word: attached by a hyphen ("al-Bab"), or the
            // separate "al"/"el" ("Al Bab"). Separate "en", "et", "as" stay: they are French words too.
            if ((hasNext || followed) && IsArticle(word) && (hyphenAfter || IsSeparateArticle(word))) continue;
            var folded = FoldWord(word, scratch, initial: opening && words == 0);
            if (folded.Length == 0) continue;
            // A word before the last is read alike whatever follows the text; the last one, if the text goes on after a
            // separator, unless it is an article, which a following word drops.
            if (words == 0)
                firstWordReach = hasNext ? FirstWordReach.Settled
                    : IsArticle(word) ? FirstWordReach.Unsettled
                    : FirstWordReach.SettledBeforeASeparator;
            folded.CopyTo(key[keyLength..]);
            keyLength += folded.Length;
            wordEnds[words++] = keyLength;
        }
        return words;
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ArticleLookup = Articles.GetAlternateLookup<ReadOnlySpan<char>>();

    // The article forms have two or three letters: a word of another length (most) is not looked up.
    private static readonly int ShortestArticle = Articles.Min(a => a.Length);
    private static readonly int LongestArticle = Articles.Max(a => a.Length);

    private static bool IsArticle(ReadOnlySpan<char> word) =>
        word.Length >= ShortestArticle && word.Length <= LongestArticle && ArticleLookup.Contains(word);

    /// <summary>Copies the letters of the words of <paramref name="text"/> into <paramref name="letters"/>: each word's
    /// place there, and whether a hyphen follows it, in <paramref name="parts"/>; how many words there are.</summary>
    private static int Split(ReadOnlySpan<char> text, Span<char> letters, Span<(int Start, int Length, bool HyphenAfter)> parts)
    {
        var count = 0;
        var start = 0;
        var end = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            // Most characters of a normalized name are plain letters: kept, and no other test asked.
            if (c is >= 'a' and <= 'z') letters[end++] = c;
            else if (IsWordSeparator(c))
            {
                if (end > start) parts[count++] = (start, end - start, c == '-');
                start = end;
            }
            // Apostrophes and ayn/hamza marks carry no letter: Sha'ar = Shaar, Ma‘arra = Maarra.
            else if (c is '\'' or '\u02BE' or '\u02BF' or '\u2018' or '\u2019' or '`' or '\u00B4') continue;
            // Characters outside the Basic Multilingual Plane (Gothic aliases in GeoNames) never spell a Latin name;
            // TextNormalizer leaves their surrogate halves as they are, and they are dropped here.
            else if (char.IsSurrogate(c)) continue;
            else letters[end++] = c;
        }
        if (end > start) parts[count++] = (start, end - start, false);
        return count;
    }

    /// <summary>Folds one word, its letters first copied into <paramref name="room"/>: the folded letters, a slice of it.</summary>
    private static ReadOnlySpan<char> FoldWord(ReadOnlySpan<char> word, Span<char> room, bool initial)
    {
        var w = room[..Consonants(word, room)];
        if (!initial) w = DropAttachedArticle(w);
        w = w[..CollapseDoubles(w)];
        w = FoldEnding(w);
        w = w[..DropEpentheticE(w)];
        // The vowels are read from where the word is and written from the start of the room (never past what they read).
        var folded = room[..Vowels(w, room)];
        return folded[..CollapseDoubles(folded)];
    }

    /// <summary>French and English letters for one Arabic consonant become one letter; how many letters are written.</summary>
    private static int Consonants(ReadOnlySpan<char> w, Span<char> into)
    {
        var n = 0;
        for (var i = 0; i < w.Length; i++)
        {
            var c = w[i];
            var next = i + 1 < w.Length ? w[i + 1] : '\0';
            switch (c)
            {
                // French "ch" is English "sh" (Cheikh = Sheikh, Chaar = Shaar).
                case 'c' when next == 'h': into[n++] = 's'; into[n++] = 'h'; i++; break;
                // French "dj" is English "j" (Djabal = Jabal).
                case 'd' when next == 'j': into[n++] = 'j'; i++; break;
                // "ph" is "f" (Phiq = Fiq).
                case 'p' when next == 'h': into[n++] = 'f'; i++; break;
                // Qaf is written q, k, or (French, from dialect) g, and c before a hard vowel: Qadi = Kadi, Machargat = Masharqa.
                case 'q': into[n++] = 'k'; break;
                case 'c': into[n++] = 'k'; break;
                case 'g' when next != 'h': into[n++] = 'k'; break;
                // French "ou" and English "oo" are "u" (Soukkari = Sukkari).
                case 'o' when next is 'u' or 'o': into[n++] = 'u'; i++; break;
                default: into[n++] = c; break;
            }
        }
        return n;
    }

    /// <summary>Doubled letters collapse: transliterations mark gemination and long vowels inconsistently (Kallassé = Kalase).
    /// In place; how many letters are left.</summary>
    private static int CollapseDoubles(Span<char> w)
    {
        var n = 0;
        foreach (var c in w)
            if (n == 0 || w[n - 1] != c) w[n++] = c;
        return n;
    }

    /// <summary>An article written attached and assimilated to a sun letter inside a name: Deir Ezzor = Deir ez-Zor.</summary>
    private static Span<char> DropAttachedArticle(Span<char> w) =>
        // a/e + a doubled sun letter + a rest long enough to be a word: "ezzor" is "zor".
        w.Length >= 5 && w[0] is 'a' or 'e' && SunLetters.Contains(w[1]) && w[2] == w[1] ? w[2..] : w;

    /// <summary>
    /// The feminine ending is written -a, -ah, -e, -é, -eh, -at, -et, -ate, -iyeh, -iyyet: all fold to nothing,
    /// so that Jouret = Jurat, Kallassé = Kallaseh, Handarate = Handarat, Hamdaniyeh = Hamdania.
    /// Only when the word keeps an earlier vowel, so that short roots (Bab, Tal) stay whole.
    /// </summary>
    private static Span<char> FoldEnding(Span<char> w)
    {
        if (w.Length > 2 && w[^1] == 'h' && IsVowel(w[^2])) w = w[..^1];
        if (w.Length > 2 && w[^1] is 'a' or 'e' && HasVowel(w[..^1])) w = w[..^1];
        if (w.Length > 3 && w[^1] == 't' && w[^2] is 'a' or 'e' && HasVowel(w[..^2])) w = w[..^2];
        // -iy left by -iyeh/-iyah: the y is the ending's glide (Ismailiyah = Ismailia).
        if (w.Length > 2 && w[^1] == 'y' && w[^2] == 'i') w = w[..^1];
        return w;
    }

    /// <summary>A written e before a final consonant cluster is epenthetic: Qaser = Qasr. In place; how many letters are left.</summary>
    private static int DropEpentheticE(Span<char> w)
    {
        if (!(w.Length >= 5 && w[^2] == 'e' && !IsVowel(w[^1]) && !IsVowel(w[^3]) && IsVowel(w[^4]))) return w.Length;
        w[^2] = w[^1];
        return w.Length - 1;
    }

    /// <summary>
    /// Vowels fold to three classes: a; i (e and i, which French and English swap: Idleb = Idlib);
    /// u (o and u: Homs = Hums). A diphthong or long vowel of a/e/i/y (ay, ai, ei, ee, ae) is one "e"
    /// (Sheikh = Shaykh, Saïd = Saeed, Deir = Dayr); aw/au before a consonant is "u" (Zawr = Zor).
    /// Written into <paramref name="into"/>, which may be where <paramref name="w"/> lies as long as it starts no later;
    /// how many letters are written.
    /// </summary>
    private static int Vowels(ReadOnlySpan<char> w, Span<char> into)
    {
        // Each run of vowels is read whole before its class is written, and a consonant is read before it is written:
        // the writing never overtakes the reading.
        var n = 0;
        var i = 0;
        while (i < w.Length)
        {
            if (!IsVowel(w[i])) { into[n++] = w[i]; i++; continue; }
            var start = i;
            while (i < w.Length && (IsVowel(w[i]) || IsGlideInRun(w, i))) i++;
            into[n++] = VowelClass(w.Slice(start, i - start));
        }
        return n;
    }

    // y and w after a vowel and not before one belong to the vowel (Dayr, Zawr); before a vowel they are consonants (Awad).
    // Asked of every letter of a vowel run; the JIT left it a call.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsGlideInRun(ReadOnlySpan<char> w, int i) =>
        w[i] is 'y' or 'w' && i > 0 && IsVowel(w[i - 1]) && (i + 1 == w.Length || !IsVowel(w[i + 1]));

    private static char VowelClass(ReadOnlySpan<char> run)
    {
        if (run.Length == 1) return run[0] switch { 'a' => 'a', 'e' or 'i' => 'i', _ => 'u' };
        foreach (var c in run)
            if (c is 'o' or 'u' or 'w') return 'u';
        return 'e';
    }

    // Asked of every letter by several steps; the JIT left it a call.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static bool HasVowel(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
            if (IsVowel(c)) return true;
        return false;
    }
}

/// <summary>What one token gives the key of a longer name holding it (<see cref="TransliterationKey.RunWordKeysOf"/>).</summary>
/// <param name="Opening">Its key words when it opens the name; empty when it has none of its own there (a lone article).</param>
/// <param name="Inside">Its key words between others.</param>
/// <param name="Closing">Its key words when it ends the name.</param>
internal sealed record RunWordKeys(string Opening, string Inside, string Closing);

/// <summary>
/// Whether the first word of a text's key (<see cref="TransliterationKey.FirstWordOfNormalized(ReadOnlySpan{char}, Span{char}, out FirstWordReach)"/>)
/// is also the first word of the key of a longer text that starts with it: a token's, when the token opens a name.
/// </summary>
internal enum FirstWordReach
{
    /// <summary>What follows may change it: the text has no key word, or its first is its last and an article.</summary>
    Unsettled,
    /// <summary>It holds whatever follows: another word of the text comes after it.</summary>
    Settled,
    /// <summary>It holds when nothing follows or a word separator (<see cref="TransliterationKey.IsWordSeparator"/>) comes next.</summary>
    SettledBeforeASeparator,
}
