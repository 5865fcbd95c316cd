using Sitrep.Model;
using Sitrep.Text;

namespace Sitrep.Coding;

/// <summary>
/// Proper names the dictionaries do not know ("Talal Barazi", "Adnan al-Moussalama", "Homs Media Centre"): two or
/// more capitalised words in a row, outside every recognised mention. EVENTS.md cites a named person or an
/// organisation the project does not list as a source under the name as written.
/// </summary>
public static class ProperNames
{
    /// <summary>The longest name kept: longer runs are titles or headlines, not one name.</summary>
    private const int MaxWords = 5;

    /// <summary>The mentions a name is never inside of.</summary>
    private static readonly MentionKind[] CoveringKinds = [MentionKind.Place, MentionKind.Actor, MentionKind.Source, MentionKind.Date];

    /// <summary>A sentence of up to this many tokens marks its covered tokens on the stack.</summary>
    private const int StackTokens = 256;

    /// <summary>The names in the sentence, in text order. Not an iterator: read for every sentence with a verb of saying, and a
    /// sentence without a name (most) allocates nothing.</summary>
    public static IReadOnlyList<(string Name, int First, int End)> In(SentenceMentions s)
    {
        var first = s.Sentence.FirstToken;
        var end = first + s.Sentence.TokenCount;
        // By token of the sentence; a mention may run past its end.
        var covered = s.Sentence.TokenCount <= StackTokens ? stackalloc bool[s.Sentence.TokenCount] : new bool[s.Sentence.TokenCount];
        foreach (var kind in CoveringKinds)
        {
            var mentions = s.Of(kind);
            for (var i = 0; i < mentions.Count; i++)
                for (var t = Math.Max(mentions[i].FirstToken, first); t < Math.Min(mentions[i].EndToken, end); t++) covered[t - first] = true;
        }
        List<(string Name, int First, int End)>? names = null;
        // The sentence's first word is capitalised for being first ("Le Centre des médias…"): no name starts there.
        var t0 = first + 1;
        while (t0 < end)
        {
            // A name has two words: when the word after t0 is none, no name starts at t0 or at that word, and t0 itself
            // need not be read (most words of a sentence are no name word: each pair is read by its second word only).
            if (t0 + 1 < end && !IsNamePart(s.Text, covered, first, t0 + 1))
            {
                t0 += 2;
                continue;
            }
            var t = t0;
            while (t < end && t - t0 < MaxWords && IsNamePart(s.Text, covered, first, t)) t++;
            if (t - t0 >= 2) (names ??= []).Add((s.Text.Text[s.Text.Tokens[t0].Start..s.Text.Tokens[t - 1].End], t0, t));
            // A run cut at its longest goes on at the word it stopped at; else that word is covered or no name word, and
            // starts no run either: it is passed over, not read again.
            t0 = t - t0 == MaxWords ? t : t + 1;
        }
        return names ?? (IReadOnlyList<(string, int, int)>)[];
    }

    /// <summary>A name word that no mention covers.</summary>
    private static bool IsNamePart(AnalyzedText text, ReadOnlySpan<bool> covered, int first, int token) =>
        !covered[token - first] && IsNameWord(text, token);

    /// <summary>How far in the dash of a transliterated name's prefix ("al-", "el-") may stand.</summary>
    private const int PrefixDash = 3;

    /// <summary>A capitalised word with a lower-case letter (not an acronym), or a transliterated "al-X" / "el-X".</summary>
    private static bool IsNameWord(AnalyzedText text, int token)
    {
        var read = text.Tokens[token];
        if (read.Kind != TokenKind.Word) return false;
        // Read in place: this runs for every word of every sentence. Only a word in lower case may have a prefix, and
        // its first dash is then within the prefix's reach: most words (lower case, no dash) are read no further.
        var word = text.Text.AsSpan(read.Start, read.Length);
        if (word.Length > 0 && char.IsLower(word[0]))
            // A loop over three characters, not IndexOf: its vector search cost more than the reading (word[0] is no dash).
            for (var dash = 1; dash <= PrefixDash && dash < word.Length; dash++)
                if (word[dash] == '-')
                {
                    if (dash + 1 < word.Length) word = word[(dash + 1)..];
                    break;
                }
        return word.Length > 1 && char.IsUpper(word[0]) && HasLower(word[1..]) && word[^1] != '\'';
    }

    private static bool HasLower(ReadOnlySpan<char> letters)
    {
        foreach (var c in letters)
            if (char.IsLower(c)) return true;
        return false;
    }
}
