using Sitrep.Evaluation;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Evaluation;

public class GoldFileTests
{
    private static string SeedGold => Path.Combine(SharedPaths.Root, "gold", "seeds.jsonl");

    [Fact]
    public void TheSeedGoldReadsEveryLine()
    {
        var gold = GoldFile.Read(SeedGold);
        Assert.Equal(145, gold.Events.Count + gold.Claims.Count + gold.Labels.Count);
        Assert.Equal(65, gold.Events.Count);
        Assert.Equal(18, gold.Claims.Count);
        Assert.Equal(62, gold.Labels.Count);
        Assert.Equal(5, gold.Documents.Count);
    }

    [Fact]
    public void TheSeedGoldScoredAgainstItselfIsPerfect()
    {
        var gold = GoldFile.Read(SeedGold);
        var report = Evaluator.Score(
            gold, GoldFile.ToEvents(gold), [.. gold.Claims.Select(c => c.ToClaim())], [.. gold.Labels.Select(l => l.ToLabel())]);

        Assert.Equal(new MatchCounts(65, 0, 0), report.Events);
        Assert.Equal(1, report.Claims.F1);
        Assert.Equal(1, report.Labels.F1);
        Assert.All(EventField.Scored, f => Assert.Equal(1, report.Fields.Accuracy(f.Name)));
        Assert.Empty(report.Errors);
    }

    [Fact]
    public void AnEventLineKeepsEveryField()
    {
        var gold = GoldFile.Read(Path.Combine(AppContext.BaseDirectory, "Evaluation", "Fixtures", "two-docs.gold.jsonl"));
        var strike = gold.Events[2];
        Assert.Equal(3, strike.Line);
        Assert.Equal(("Explosions/Remote violence", "Air/drone strike"), (strike.EventType, strike.SubEventType));
        Assert.Equal(("Military Forces of Russia", "Civilians (Syria)"), (strike.Actor1, strike.Actor2));
        Assert.Equal(new GoldPlace("East Aleppo", "Aleppo", "Syria", "district"), strike.Place);
        Assert.Equal(new DateOnly(2016, 12, 5), strike.Date);
        Assert.Equal((1, 12, 4), (strike.TimePrecision, strike.Fatalities, strike.Injured));
        Assert.Empty(strike.Sources);
        Assert.Equal((false, true), (strike.Negated, strike.Hedged));
        Assert.Equal(["gold:3"], strike.ToEvent().Why);
    }

    [Fact]
    public void ADocumentWithOnlyLabelsIsStillAGoldDocument()
    {
        var gold = GoldFile.Read(Path.Combine(AppContext.BaseDirectory, "Evaluation", "Fixtures", "two-docs.gold.jsonl"));
        Assert.Equal(["doc-a", "doc-b"], gold.Documents.Order());
    }

    [Theory]
    [InlineData("""{"kind": "event", "doc": """, "not valid JSON")]
    [InlineData("""["event"]""", "must be a JSON object")]
    [InlineData("""{"kind": "note", "doc": "d"}""", "unknown kind \"note\"")]
    [InlineData("""{"kind": "label", "actor": "YPG", "word": "milice"}""", "\"doc\" is missing")]
    [InlineData("""{"kind": "claim", "doc": "d", "value": "70"}""", "\"value\" must be a number")]
    [InlineData("""{"kind": "event", "doc": "d", "event_type": "Battles", "sub_event_type": "Armed clash", "date": "05/12/2016"}""", "ISO date")]
    [InlineData("""{"kind": "event", "doc": "d", "event_type": "Battles", "sub_event_type": "Armed clashes"}""", "unknown sub_event_type")]
    [InlineData("""{"kind": "event", "doc": "d", "event_type": "Protests", "sub_event_type": "Armed clash"}""", "belongs to \"Battles\"")]
    [InlineData("""{"kind": "event", "doc": "d", "event_type": "Battles", "sub_event_type": "Armed clash", "fatalities": "3"}""", "\"fatalities\" must be a whole number")]
    public void AMalformedLineIsReportedWithItsLineNumber(string badLine, string problem)
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(path, ["""{"kind": "label", "doc": "d", "actor": "YPG", "word": "milice"}""", "", badLine]);
            var error = Assert.Throws<GoldFormatException>(() => GoldFile.Read(path));
            Assert.Equal(3, error.Line);
            Assert.StartsWith($"{path}:3: ", error.Message);
            Assert.Contains(problem, error.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
