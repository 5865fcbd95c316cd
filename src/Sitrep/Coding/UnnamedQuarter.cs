using Sitrep.Model;

namespace Sitrep.Coding;

/// <summary>
/// "L'armée a pilonné le quartier tenu par les insurgés à Homs", then "le quartier rebelle de Wadi al-Sayeh est
/// encerclé": a quarter told of without its name (cues.tsv "unnamed-quarter") is the one quarter the document
/// names, when it names one only and the sentence's place is the city that may hold it.
/// </summary>
public sealed class UnnamedQuarter
{
    /// <summary>Words between "le quartier" and the name that makes it a named quarter ("le quartier rebelle de X").</summary>
    private const int NameReach = 3;

    private readonly IPlaceResolver _places;
    private readonly SentenceMentions[] _sentences;
    private (bool Read, EventPlace? Place) _only;

    public UnnamedQuarter(IPlaceResolver places, SentenceMentions[] sentences) => (_places, _sentences) = (places, sentences);

    /// <summary>The places of an event, with the city of a sentence that tells of an unnamed quarter replaced by the quarter.</summary>
    public IReadOnlyList<EventPlace> Resolve(SentenceMentions s, IReadOnlyList<EventPlace> where)
    {
        if (where is not [{ Place.Level: "city" } city] || !TellsOfUnnamedQuarter(s) || OnlyQuarter() is not { } quarter || !MayHold(city.Place, quarter.Place))
            return where;
        return [quarter];
    }

    /// <summary>The one quarter the document names, or null; read the first time a sentence needs it (few do).</summary>
    private EventPlace? OnlyQuarter()
    {
        if (_only.Read) return _only.Place;
        var quarters = new Dictionary<string, EventPlace>();
        foreach (var s in _sentences)
            foreach (var p in s.EventPlaces(_places))
                if (p.Place.Level == "neighbourhood") quarters.TryAdd(p.Key, p);
        _only = (true, quarters.Count == 1 ? quarters.Values.First() : null);
        return _only.Place;
    }

    private bool MayHold(Place city, Place quarter) =>
        quarter.Id is { } id ? city.Id is { } cityId && _places.IsWithin(id, cityId) : quarter.Parent is null || quarter.Parent == city.Name;

    private static bool TellsOfUnnamedQuarter(SentenceMentions s)
    {
        foreach (var cue in s.Cues("unnamed-quarter"))
            if (!s.Of(MentionKind.Place).Any(p => p.FirstToken >= cue.EndToken && p.FirstToken - cue.EndToken <= NameReach))
                return true;
        return false;
    }
}
