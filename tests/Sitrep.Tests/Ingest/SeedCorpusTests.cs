using Sitrep.Ingest;
using Sitrep.Model;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Ingest;

public sealed class SeedCorpusTests
{
    private static readonly List<Document> Seeds = Ingestion
        .ReadAll(null, Path.Combine(SharedPaths.Root, "corpus", "seeds.docs.jsonl"))
        .Select(r => Assert.IsType<IngestResult.Read>(r).Document)
        .ToList();

    [Fact]
    public void TheSeedListGivesFiveDocumentsWithTheirIdsAndDates()
    {
        Assert.Equal(
            ["000_1881e92bc0bc0fca", "001_eccc90ac45842617", "002_0de1e556a333c2f9", "003_243ea9ac0dcc700b", "004_01b812b4c0d04bbb"],
            Seeds.Select(d => d.Id));
        Assert.Equal(
            ["2016-12-06", "2016-09-24", "2016-12-12", "2016-10-28", "2016-12-06"],
            Seeds.Select(d => d.Published.ToString()));
        Assert.All(Seeds, d => Assert.Equal("fr", d.Language));
    }

    [Fact]
    public void SeedAdvertisingAndRepeatedTitleAreDropped()
    {
        var seed002 = Seeds[2];

        Assert.DoesNotContain("publicité", seed002.Text, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("De nouveaux quartiers d'Alep ont été désertés lundi", seed002.Text);
        Assert.EndsWith("depuis le début de la guerre en Syrie.", seed002.Text);
    }

    [Fact]
    public void ATitlePrintedTwiceAboveTheSeedTextIsDropped()
    {
        var seed004 = Seeds[4];

        Assert.Equal("L’armée syrienne triomphe à Alep: Les extrémistes négocient leur capitulation", seed004.Title);
        Assert.StartsWith("Les terroristes préparent la capitulation", seed004.Text);
    }

    [Fact]
    public void SeedSentencesAreKeptExactly()
    {
        var original = File.ReadAllText(Path.Combine(SharedPaths.Root, "corpus", "seeds", "000_1881e92bc0bc0fca.txt"));

        Assert.Equal(original.Trim(), Seeds[0].Text);
    }
}
