using Sitrep.Evaluation;
using Sitrep.Model;
using static Sitrep.Tests.Evaluation.EvalSamples;

namespace Sitrep.Tests.Evaluation;

/// <summary>Scores hand-written predictions against <c>Fixtures/two-docs.gold.jsonl</c>.</summary>
public class EvaluatorTests
{
    private static readonly GoldSet Gold = GoldFile.Read(Path.Combine(AppContext.BaseDirectory, "Evaluation", "Fixtures", "two-docs.gold.jsonl"));

    private static readonly Event[] Events =
    [
        // Matches the Alep clash; the date is missing and the source chain shorter.
        Clash() with { Fatalities = 3, Sources = ["SOHR"] },
        // Matches al-Chaar through the canonical place; the nearest source differs.
        Clash("Chaar", Day(6)) with
        {
            SubEventType = "Government regains territory",
            Place = new Place("al-Shaar", "Aleppo", "Syria", "neighbourhood"),
            Sources = ["AFP"],
        },
        Clash("Idlib", Day(5)) with { EventType = "Explosions/Remote violence", SubEventType = "Air/drone strike" },
        Clash() with { DocId = "doc-b" },
        Clash() with { DocId = "doc-not-in-gold" },
    ];

    private static readonly Claim[] Claims = [Claim(70, "SOHR"), Claim(100000, "AFP"), Claim(5)];

    private static readonly Label[] Labels =
    [
        Label("Syrian opposition armed groups", "rebelle"),
        Label("Syrian opposition armed groups", "rebelle"),
        Label("syrian opposition armed groups", "Terroriste "),
        Label("Military Forces of Syria", "armée syrienne"),
        Label("Military Forces of Syria", "armée syrienne", "doc-b"),
        Label("Military Forces of Syria", "régime", "doc-not-in-gold"),
    ];

    private static EvalReport Report(IReadOnlySet<string>? docs = null) => Evaluator.Score(Gold, Events, Claims, Labels, docs);

    [Fact]
    public void TheJsonSummaryHasTheAgreedShape() => Assert.Equal(
        """
        {"events":{"precision":0.5,"recall":0.6667,"f1":0.5714,"tp":2,"fp":2,"fn":1},"fields":{"sub_event_type":1,"actor1":1,"actor2":1,"date":0.5,"fatalities":1,"sources":0.5},"claims":{"precision":0.3333,"recall":0.5,"f1":0.4},"labels":{"precision":0.75,"recall":0.75,"f1":0.75}}
        """,
        Report().ToJson());

    [Fact]
    public void PredictionsForDocumentsTheGoldDoesNotMentionAreIgnored() =>
        Assert.DoesNotContain(Report().Errors, e => e.DocId == "doc-not-in-gold");

    [Fact]
    public void AGoldDocumentWithoutEventsCountsItsPredictedEventsAsFalse()
    {
        var docB = Assert.Single(Report().Documents, d => d.DocId == "doc-b");
        Assert.Equal(new MatchCounts(0, 1, 0), docB.Events);
        Assert.Equal(new MatchCounts(1, 0, 0), docB.Labels);
    }

    [Fact]
    public void TheDocumentFilterLimitsScoringToTheGivenDocuments()
    {
        var report = Report(new HashSet<string> { "doc-b" });
        Assert.Equal("doc-b", Assert.Single(report.Documents).DocId);
        Assert.Equal(new MatchCounts(0, 1, 0), report.Events);
        Assert.Equal(new MatchCounts(0, 0, 0), report.Claims);
    }

    [Fact]
    public void ErrorsListMissesFalseEventsAndFieldDisagreements()
    {
        var errors = Report().Errors;
        var miss = Assert.Single(errors, e => e.Kind == EvalErrorKind.Miss);
        Assert.Equal("Air/drone strike", miss.Gold!.SubEventType);
        Assert.Null(miss.Predicted);
        Assert.Equal(2, errors.Count(e => e.Kind == EvalErrorKind.FalseEvent));
        var disagreements = errors.Where(e => e.Kind == EvalErrorKind.FieldDisagreement).Select(e => string.Join(",", e.Fields));
        Assert.Equal(["date", "sources"], disagreements);
    }

    [Fact]
    public void FieldAccuraciesAreNullWhenNoEventPairMatched()
    {
        var report = Evaluator.Score(Gold, [], [], []);
        Assert.Contains("""
            "fields":{"sub_event_type":null,"actor1":null,"actor2":null,"date":null,"fatalities":null,"sources":null}
            """, report.ToJson());
        Assert.Equal(new MatchCounts(0, 0, 3), report.Events);
    }

    [Fact]
    public void TheTableShowsTotalsFieldsDocumentsAndErrors()
    {
        var table = Report().ToTable();
        Assert.Contains("events  0.5000     0.6667  0.5714  2   2   1", table);
        Assert.Contains("date            0.5000    1/2", table);
        Assert.Contains("doc-b     0/1/0 0.0000", table);
        Assert.Contains("[disagree on sources] doc-a", table);
        Assert.Contains("    gold: Explosions/Remote violence / Air/drone strike @ Alep-Est (East Aleppo) 2016-12-05 "
            + "Military Forces of Russia → Civilians (Syria), 12 killed, no source", table);
    }
}
