using Sitrep.Model;

namespace Sitrep.Tests.Evaluation;

/// <summary>Small events, claims and labels for the scorer's tests; each test overrides only what it is about.</summary>
internal static class EvalSamples
{
    public const string Doc = "doc-a";

    public static Event Clash(string location = "Alep", DateOnly? date = null, string? actor1 = "Military Forces of Syria") => new()
    {
        DocId = Doc,
        Quote = $"Des combats ont eu lieu à {location}.",
        QuoteSpan = default,
        EventType = "Battles",
        SubEventType = "Armed clash",
        Actor1 = actor1,
        Actor2 = "Syrian opposition armed groups",
        Location = location,
        Date = date,
    };

    public static DateOnly Day(int day) => new(2016, 12, day);

    public static Claim Claim(double value, params string[] sources) => new()
    {
        DocId = Doc,
        Quote = $"{value} personnes",
        QuoteSpan = default,
        Quantity = "people",
        Value = value,
        Sources = sources,
    };

    public static Label Label(string actor, string word, string doc = Doc) => new(doc, actor, word, default, "test");
}
