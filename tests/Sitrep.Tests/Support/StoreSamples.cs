using System.Text.Json;
using Sitrep.Model;

namespace Sitrep.Tests.Support;

/// <summary>A small hand-built coded document (text written for the tests) for the store and export tests.</summary>
public static class StoreSamples
{
    public const string DocId = "t01_store_sample";

    public const string Text =
        "Des avions ont bombardé mardi Saraqeb, dans la province d'Idleb, tuant 3 civils et en blessant 5, " +
        "a indiqué l'OSDH à l'AFP. Les rebelles ont nié avoir « attaqué » Alep. " +
        "Des tracts ont été largués. Selon l'ONU, 40% des habitants ont fui,\net 2,5 tonnes d'aide sont arrivées.";

    public static readonly Document Document = new(
        DocId, "Le Quotidien", new PartialDate(2020, 2, 5), "fr", "Frappes sur \"Saraqeb\"", Text, "seeds/t01.txt:1");

    public static Event Strike => new()
    {
        DocId = DocId,
        Quote = Sentence("Des avions"),
        QuoteSpan = SpanOf(Sentence("Des avions")),
        EventType = "Explosions/Remote violence",
        SubEventType = "Air/drone strike",
        Actor1 = "Military Forces of Syria",
        Actor2 = "Civilians (Syria)",
        Location = "Saraqeb",
        Place = new Place("Saraqib", "Idlib", "Syria", "town", "SY0703", "Idlib", 35.8623, 36.8054, 1),
        Date = new DateOnly(2020, 2, 4),
        TimePrecision = 1,
        Fatalities = 3,
        Injured = 5,
        Sources = ["SOHR", "AFP"],
        Why = ["fr/triggers.tsv: bombarder", "fr/cues.tsv: a indiqué à"],
    };

    public static Event DeniedClash => new()
    {
        DocId = DocId,
        Quote = Sentence("Les rebelles"),
        QuoteSpan = SpanOf(Sentence("Les rebelles")),
        EventType = "Battles",
        SubEventType = "Armed clash",
        Actor1 = "Syrian opposition armed groups",
        Location = "Alep",
        Place = new Place("Aleppo", null, "Syria", "city"),
        TimePrecision = 3,
        Sources = ["Le Quotidien"],
        Negated = true,
        Why = ["fr/triggers.tsv: attaquer", "negation: nier"],
    };

    public static Event LeafletDrop => new()
    {
        DocId = DocId,
        Quote = Sentence("Des tracts"),
        QuoteSpan = SpanOf(Sentence("Des tracts")),
        EventType = "Strategic developments",
        SubEventType = "Other",
        TimePrecision = 3,
        Sources = ["Le Quotidien"],
    };

    public static Claim Fled => new()
    {
        DocId = DocId,
        Quote = "40% des habitants ont fui",
        QuoteSpan = SpanOf("40% des habitants ont fui"),
        Quantity = "share of inhabitants who fled",
        Value = 40,
        Unit = "%",
        Date = new DateOnly(2020, 2, 5),
        Sources = ["United Nations"],
        Why = ["fr/cues.tsv: selon"],
    };

    public static Claim Aid => new()
    {
        DocId = DocId,
        Quote = "2,5 tonnes d'aide sont arrivées",
        QuoteSpan = SpanOf("2,5 tonnes d'aide sont arrivées"),
        Quantity = "aid delivered",
        Value = 2.5,
        Sources = ["United Nations"],
    };

    public static Label Rebels => new(DocId, "Syrian opposition armed groups", "rebelle", SpanOf("rebelles"), "fr/labels.tsv: rebelles");

    public static IReadOnlyList<Mention> Mentions =>
    [
        new(MentionKind.Trigger, SpanOf("bombardé"), "Air/drone strike", "fr/triggers.tsv: bombarder", "active"),
        new(MentionKind.Place, SpanOf("Saraqeb"), "SY0703", "places/sy.tsv: Saraqeb"),
        new(MentionKind.Quantity, SpanOf("2,5"), "2.5", "numbers", "tonnes"),
    ];

    public static CodedDocument Coded => new(Document, [Strike, DeniedClash, LeafletDrop], [Fled, Aid], [Rebels], Mentions);

    /// <summary>Another document, with no metadata beyond what is required, to check ordering and isolation.</summary>
    public static CodedDocument Other(string id = "t00_other")
    {
        var document = new Document(id, null, null, "fr", null, "Des combats à Homs.", $"seeds/{id}.txt");
        var clash = new Event
        {
            DocId = id,
            Quote = document.Text,
            QuoteSpan = new TextSpan(0, document.Text.Length),
            EventType = "Battles",
            SubEventType = "Armed clash",
            Location = "Homs",
        };
        return new CodedDocument(document, [clash], [], [], []);
    }

    /// <summary>Records hold lists, which compare by reference; JSON compares what they say.</summary>
    public static string Json<T>(T value) => JsonSerializer.Serialize(value, new JsonSerializerOptions { WriteIndented = true });

    private static string Sentence(string start)
    {
        var from = Text.IndexOf(start, StringComparison.Ordinal);
        return Text[from..(Text.IndexOf('.', from) + 1)];
    }

    private static TextSpan SpanOf(string part)
    {
        var start = Text.IndexOf(part, StringComparison.Ordinal);
        Assert.True(start >= 0, $"sample text lacks '{part}'");
        return new TextSpan(start, part.Length);
    }
}
