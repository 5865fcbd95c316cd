using Sitrep.Model;
using Sitrep.Text;

namespace Sitrep.Coding;

/// <summary>The mentions of one sentence, by kind and in text order, with the sentence's tokens at hand.</summary>
public sealed class SentenceMentions
{
    private readonly Dictionary<MentionKind, List<LocatedMention>> _byKind = [];
    private Dictionary<string, List<LocatedMention>>? _cuesByKind;
    private string? _quote;
    private IReadOnlyList<LocatedMention>? _eventTriggers;
    private IReadOnlyList<EventPlace>? _eventPlaces;
    private IPlaceResolver? _eventPlacesResolver;

    public SentenceMentions(AnalyzedText text, Sentence sentence, IEnumerable<LocatedMention> mentions)
    {
        Text = text;
        Sentence = sentence;
        foreach (var m in mentions.OrderBy(m => m.FirstToken).ThenByDescending(m => m.EndToken))
        {
            if (!_byKind.TryGetValue(m.Kind, out var list)) _byKind[m.Kind] = list = [];
            list.Add(m);
        }
    }

    public AnalyzedText Text { get; }
    public Sentence Sentence { get; }

    public IReadOnlyList<LocatedMention> Of(MentionKind kind) =>
        _byKind.TryGetValue(kind, out var list) ? list : [];

    /// <summary>The cues of one kind, in text order. Rules ask for them dozens of times a sentence: they are grouped once.</summary>
    public IEnumerable<LocatedMention> Cues(string kind)
    {
        if (_cuesByKind is null)
        {
            _cuesByKind = new Dictionary<string, List<LocatedMention>>(StringComparer.Ordinal);
            foreach (var c in Of(MentionKind.Cue))
            {
                if (!_cuesByKind.TryGetValue(c.Value, out var list)) _cuesByKind[c.Value] = list = [];
                list.Add(c);
            }
        }
        return _cuesByKind.TryGetValue(kind, out var found) ? found : [];
    }

    public string Norm(int token) => Text.Norm(token);

    /// <summary>The sentence's text, cut once: every event and claim of a long sentence shares it.</summary>
    public string Quote => _quote ??= Text.Text.Substring(Sentence.Start, Sentence.Length);

    /// <summary><see cref="TriggerSelector.Select"/> of this sentence, chosen once: the document's main place and the coder both ask.</summary>
    public IReadOnlyList<LocatedMention> EventTriggers => _eventTriggers ??= TriggerSelector.Select(this);

    /// <summary><see cref="PlaceSelector.Select(SentenceMentions, IPlaceResolver)"/> of this sentence, chosen once: the main place and every trigger ask.</summary>
    public IReadOnlyList<EventPlace> EventPlaces(IPlaceResolver resolver)
    {
        if (_eventPlaces is null || !ReferenceEquals(resolver, _eventPlacesResolver))
            (_eventPlaces, _eventPlacesResolver) = (PlaceSelector.Select(this, resolver), resolver);
        return _eventPlaces;
    }

    /// <summary>Groups every mention of a document by the sentence it starts in.</summary>
    public static IReadOnlyList<SentenceMentions> Group(AnalyzedText text, IEnumerable<Mention> mentions)
    {
        var buckets = text.Sentences.Select(_ => new List<LocatedMention>()).ToArray();
        if (buckets.Length == 0) return [];
        foreach (var m in mentions)
        {
            var first = text.TokenAt(m.Span.Start);
            var end = Math.Max(first + 1, text.TokenAt(m.Span.End - 1) + 1);
            if (first >= text.Tokens.Count) continue;
            buckets[text.SentenceAt(m.Span.Start)].Add(new LocatedMention(m, first, Math.Min(end, text.Tokens.Count)));
        }
        return text.Sentences.Select((s, i) => new SentenceMentions(text, s, buckets[i])).ToArray();
    }
}
