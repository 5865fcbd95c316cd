using Sitrep.Model;

namespace Sitrep.Tests.Challenge;

/// <summary>The case file reads strictly and covers what issue 3 asks of the challenge suite.</summary>
public sealed class ChallengeCaseFileTests
{
    private static readonly string[] CommonSubTypes =
    [
        "Armed clash", "Government regains territory", "Non-state actor overtakes territory", "Air/drone strike",
        "Shelling/artillery/missile attack", "Suicide bomb", "Remote explosive/landmine/IED", "Attack",
        "Abduction/forced disappearance", "Peaceful protest", "Excessive force against protesters", "Agreement",
        "Arrests", "Non-violent transfer of territory", "Other",
    ];

    private static IReadOnlyList<ChallengeCase> Cases => ChallengeCaseFile.Cases;

    [Fact]
    public void TheSuiteHasAtLeast170Cases() => Assert.True(Cases.Count >= 170, $"{Cases.Count} cases");

    [Fact]
    public void AtLeast25DistractorsExpectNoEvents() =>
        Assert.True(Cases.Count(c => c.ExpectsNoEvents) >= 25, $"{Cases.Count(c => c.ExpectsNoEvents)} distractors");

    [Fact]
    public void EverySubEventTypeIsExpectedSomewhere()
    {
        var expected = Cases.SelectMany(c => c.Expected).Select(e => e.SubEventType).ToHashSet();
        Assert.All(EventTaxonomy.TypeOfSubType.Keys, t => Assert.Contains(t, expected));
    }

    [Fact]
    public void CommonSubTypesHaveAtLeastThreePhrasings()
    {
        Assert.All(CommonSubTypes, t =>
            Assert.True(Cases.Count(c => c.Expected.Any(e => e.SubEventType == t)) >= 3, $"fewer than 3 cases expect {t}"));
    }

    [Fact]
    public void ACaseIdIsReadWithItsCategoryTextAndChecks()
    {
        var cases = ChallengeCaseFile.Parse(
        [
            "# Dates", "## date-hier", "published: 2016-12", "outlet: RFI", "> Hier, des combats.", "> Second paragraphe.",
            "event: Armed clash @ al-Bab", "  date: none", "  sources: SOHR, AFP", "exact", "known-failure: not yet",
        ]);
        var c = Assert.Single(cases);
        Assert.Equal(("date-hier", "Dates", "RFI", true, "not yet"), (c.Id, c.Category, c.Outlet, c.Exact, c.KnownFailure));
        Assert.Equal(new PartialDate(2016, 12, null), c.Published);
        Assert.Equal("Hier, des combats.\nSecond paragraphe.", c.ToDocument().Text);
        var e = Assert.Single(c.Expected);
        Assert.Equal(new Dictionary<string, string?> { ["date"] = null, ["sources"] = "SOHR, AFP" }, e.Checks);
    }

    [Theory]
    [InlineData("event: Armed clash", "sub-event type")]
    [InlineData("event: Air strike @ Alep", "unknown sub-event type")]
    [InlineData("  actor3: Hezbollah", "unknown field")]
    [InlineData("publiée: 2016-12-06", "cannot read")]
    public void AMalformedLineIsAnErrorThatNamesItsLine(string line, string message)
    {
        var error = Assert.Throws<FormatException>(() =>
            ChallengeFile(["## a-case", "> Un texte.", "event: Armed clash @ Alep", line]));
        Assert.Contains("line 4", error.Message);
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void ACaseNeedsEitherEventsOrNoEvents() =>
        Assert.Throws<FormatException>(() => ChallengeFile(["## a-case", "> Un texte."]));

    private static IReadOnlyList<ChallengeCase> ChallengeFile(string[] lines) => ChallengeCaseFile.Parse(lines);
}
