using Sitrep.Collections;
using Sitrep.Model;
using Sitrep.Text;

namespace Sitrep.Coding;

/// <summary>
/// The actor mentions of a document, with generic words folded into the named group they introduce:
/// in "les miliciens des Ahrar al-Sham" the actor is Ahrar al-Sham, and "milicien" is its label.
/// </summary>
public sealed class AnalyzedTextActors
{
    private readonly AnalyzedText _text;
    private readonly FunctionWords _words;
    /// <summary>
    /// Made at the first generic word followed by its named group: most documents have none. Keyed by value, as a
    /// record is, but hashed by tokens only (<see cref="ActorsByTokens"/>).
    /// </summary>
    private readonly Dictionary<ActorInfo, ActorInfo>? _namedAfter;

    /// <summary>
    /// <see cref="All"/> as the list it is: the searches below run for every sentence, and each read through the
    /// interface was a dispatch.
    /// </summary>
    private readonly List<ActorInfo> _all;

    /// <summary><see cref="InSentence"/> by sentence index: the coder and the document state ask it several times a sentence.</summary>
    private readonly IReadOnlyList<ActorInfo>?[] _inSentence;

    /// <param name="actors">The document's actor mentions as <see cref="ActorInfo.From"/> reads them, in the order given: the list is kept.</param>
    public AnalyzedTextActors(AnalyzedText text, List<ActorInfo> actors, GenericReferents referents, FunctionWords words)
    {
        _text = text;
        _words = words;
        _inSentence = new IReadOnlyList<ActorInfo>?[text.Sentences.Count];
        _all = referents.Resolve(InTokenOrder(actors));
        for (var i = 0; i + 1 < _all.Count; i++)
        {
            var (generic, named) = (_all[i], _all[i + 1]);
            if (generic.Label is null || named.Label is not null || generic.IsCivilian || named.IsCivilian) continue;
            if (OnlyLinkWordsBetween(generic.Mention.EndToken, named.Mention.FirstToken)) (_namedAfter ??= new(ActorsByTokens.Instance))[generic] = named;
        }
    }

    public string DocId => _text.Document.Id;

    public IReadOnlyList<ActorInfo> All => _all;

    /// <summary>The named group a generic word introduces, if any.</summary>
    public ActorInfo? NamedGroupAfter(ActorInfo generic) => _namedAfter?.GetValueOrDefault(generic);

    /// <summary>The actors of one sentence as roles see them: a generic word and its named group count once, as the group.</summary>
    public IReadOnlyList<ActorInfo> InSentence(Sentence sentence)
    {
        var mine = sentence.Index >= 0 && sentence.Index < _inSentence.Length && _text.Sentences[sentence.Index] == sentence;
        if (!mine) return Find(sentence);
        return _inSentence[sentence.Index] ??= Find(sentence);
    }

    /// <summary>
    /// The first of the sentence's actors, as <see cref="InSentence"/> lists them, that is no civilian; null when none is.
    /// Found in place, not listed: every sentence asks (the subject "ils" may refer back to), and most of those with
    /// actors but no trigger were asked nothing else, yet had their list made.
    /// </summary>
    public ActorInfo? FirstNotCivilian(Sentence sentence)
    {
        for (var i = FirstStartingAtOrAfter(sentence.FirstToken); i < _all.Count && _all[i].Mention.FirstToken < sentence.EndToken; i++)
            if (!_all[i].IsCivilian && IsOfSentence(_all[i], sentence)) return _all[i];
        return null;
    }

    private IReadOnlyList<ActorInfo> Find(Sentence sentence)
    {
        // All is in token order: the sentence's actors are found by a binary search, not by reading the whole document.
        // Plain loops: rules ask this of every sentence, several times. Counted first, then listed at their number (a
        // list grown from four had room to spare, and was made again past four); a sentence without actors gets none.
        var (from, count) = (FirstStartingAtOrAfter(sentence.FirstToken), 0);
        for (var i = from; i < _all.Count && _all[i].Mention.FirstToken < sentence.EndToken; i++)
            if (IsOfSentence(_all[i], sentence)) count++;
        if (count == 0) return [];
        var found = new List<ActorInfo>(count);
        for (var i = from; found.Count < count; i++)
            if (IsOfSentence(_all[i], sentence)) found.Add(_all[i]);
        return found;
    }

    /// <summary>Within the sentence, and not a generic word folded into the named group after it.</summary>
    private bool IsOfSentence(ActorInfo a, Sentence sentence) =>
        a.Mention.FirstToken >= sentence.FirstToken && a.Mention.EndToken <= sentence.EndToken && _namedAfter?.ContainsKey(a) != true;

    /// <summary>By first token, as a stable sort; the coder gives them so already, and then they are not sorted.</summary>
    private static List<ActorInfo> InTokenOrder(List<ActorInfo> actors)
    {
        for (var i = 1; i < actors.Count; i++)
            if (actors[i].Mention.FirstToken < actors[i - 1].Mention.FirstToken)
                return actors.OrderBy(a => a.Mention.FirstToken).ToList();
        return actors;
    }

    /// <summary>
    /// The first index whose actor starts at or after the token (the count when none does). A search of its own, not
    /// <see cref="SortedSearch"/>'s with a key delegate: that delegate and its closure were made for every document.
    /// </summary>
    private int FirstStartingAtOrAfter(int token)
    {
        int lo = 0, hi = _all.Count;
        while (lo < hi)
        {
            var mid = lo + (hi - lo) / 2;
            if (_all[mid].Mention.FirstToken < token) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    private bool OnlyLinkWordsBetween(int from, int to)
    {
        if (to - from > 2) return false;
        for (var t = from; t < to; t++)
            if (!_words.Is(_text.Word(t), FunctionWord.Link)) return false;
        return true;
    }
}
