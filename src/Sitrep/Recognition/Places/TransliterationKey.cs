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

    // A text's names come back all the time (its places, the words that open them): for names read from a text as
    // spans, each thread keeps the keys of the short ones it last folded, so that keying a name seen before allocates
    // nothing. Names given as strings (the gazetteer's, once each) are folded without being remembered. 32k names (a few
    // MB a thread): with 8k, the 10 MB bench corpus kept emptying the table (32k: 0.27 -> 0.24 ms, 60 -> 43 KB an article).
    private const int MaxRememberedNames = 1 << 15;
    private const int MaxRememberedLength = 64;

    [ThreadStatic] private static Dictionary<string, Folded>? t_names;
    // The span view of t_names, made once per thread (asking for it checks the comparer's type each time).
    [ThreadStatic] private static Dictionary<string, Folded>.AlternateLookup<ReadOnlySpan<char>> t_lookup;

    private sealed record Folded(IReadOnlyList<string> Words, string Key);

    /// <summary>The article forms written as a word of their own before a name ("Al Bab", "El Mina"), folded.</summary>
    public static bool IsSeparateArticle(ReadOnlySpan<char> word) => word is "al" or "el";

    /// <summary>The whole key: the folded words joined.</summary>
    public static string Of(string name) => string.Concat(FoldedWords(name));

    /// <inheritdoc cref="Of(string)"/>
    public static string Of(ReadOnlySpan<char> name) => Remembered(name).Key;

    /// <summary>The folded words of a name, articles dropped, in order.</summary>
    public static IReadOnlyList<string> Words(string name) => FoldedWords(name);

    /// <inheritdoc cref="Words(string)"/>
    public static IReadOnlyList<string> Words(ReadOnlySpan<char> name) => Remembered(name).Words;

    /// <summary>The folded words of a name and its whole key, found together.</summary>
    public static (IReadOnlyList<string> Words, string Key) WordsAndKey(ReadOnlySpan<char> name)
    {
        var folded = Remembered(name);
        return (folded.Words, folded.Key);
    }

    private static Folded Remembered(ReadOnlySpan<char> name)
    {
        if (name.Length > MaxRememberedLength) return Folding(name.ToString());
        var names = t_names;
        if (names is null)
        {
            t_names = names = new Dictionary<string, Folded>(StringComparer.Ordinal);
            t_lookup = names.GetAlternateLookup<ReadOnlySpan<char>>();
        }
        if (t_lookup.TryGetValue(name, out var folded)) return folded;
        if (names.Count >= MaxRememberedNames) names.Clear();
        var written = name.ToString();
        folded = Folding(written);
        names[written] = folded;
        return folded;
    }

    private static Folded Folding(string name)
    {
        var words = FoldedWords(name);
        return new Folded(words, string.Concat(words));
    }

    // Folding works in place on the letters of one name: each step below only keeps, drops or replaces letters, never
    // adds one, so a word's letters never outgrow the room they started in. Names read from a text are folded by the
    // thousand (each new one a text meets), and a string per step made most of the places' allocation.
    private const int MaxStackLetters = 256;

    private static string[] FoldedWords(string name)
    {
        // Lower case and no diacritics (Saïd = Said, Kallassé = Kallasse), the shared folding of all resources.
        // Characters outside the Basic Multilingual Plane (Gothic aliases in GeoNames) never spell a Latin name,
        // and TextNormalizer folds char by char, which a surrogate half would break.
        var text = TextNormalizer.Normalize(name.Any(char.IsSurrogate) ? new string(name.Where(c => !char.IsSurrogate(c)).ToArray()) : name);
        var letters = text.Length <= MaxStackLetters ? stackalloc char[text.Length] : new char[text.Length];
        var scratch = text.Length <= MaxStackLetters ? stackalloc char[text.Length] : new char[text.Length];
        var parts = Split(text, letters);
        var words = new List<string>(parts.Count);
        for (var i = 0; i < parts.Count; i++)
        {
            var (start, length, hyphenAfter) = parts[i];
            var word = letters.Slice(start, length);
            var hasNext = i + 1 < parts.Count;
            // An article is dropped when it leads a following word: attached by a hyphen ("al-Bab"), or the
            // separate "al"/"el" ("Al Bab"). Separate "en", "et", "as" stay: they are French words too.
            if (hasNext && ArticleLookup.Contains(word) && (hyphenAfter || IsSeparateArticle(word))) continue;
            var folded = FoldWord(word, scratch, initial: words.Count == 0);
            if (folded.Length > 0) words.Add(new string(folded));
        }
        return words.ToArray();
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ArticleLookup = Articles.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Copies the letters of the words of <paramref name="text"/> into <paramref name="letters"/>: each word's
    /// place there, and whether a hyphen follows it.</summary>
    private static List<(int Start, int Length, bool HyphenAfter)> Split(string text, Span<char> letters)
    {
        var parts = new List<(int, int, bool)>();
        var start = 0;
        var end = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is ' ' or '-' or '_' or '/' or '.' or ',')
            {
                if (end > start) parts.Add((start, end - start, c == '-'));
                start = end;
            }
            // Apostrophes and ayn/hamza marks carry no letter: Sha'ar = Shaar, Ma‘arra = Maarra.
            else if (c is '\'' or '\u02BE' or '\u02BF' or '\u2018' or '\u2019' or '`' or '\u00B4') continue;
            else letters[end++] = c;
        }
        if (end > start) parts.Add((start, end - start, false));
        return parts;
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
    private static bool IsGlideInRun(ReadOnlySpan<char> w, int i) =>
        w[i] is 'y' or 'w' && i > 0 && IsVowel(w[i - 1]) && (i + 1 == w.Length || !IsVowel(w[i + 1]));

    private static char VowelClass(ReadOnlySpan<char> run)
    {
        if (run.Length == 1) return run[0] switch { 'a' => 'a', 'e' or 'i' => 'i', _ => 'u' };
        foreach (var c in run)
            if (c is 'o' or 'u' or 'w') return 'u';
        return 'e';
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static bool HasVowel(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
            if (IsVowel(c)) return true;
        return false;
    }
}
