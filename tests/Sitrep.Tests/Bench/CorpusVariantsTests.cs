using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Sitrep.Bench.Generation;
using Sitrep.Ingest;
using Sitrep.Model;

namespace Sitrep.Tests.Bench;

public sealed class CorpusVariantsTests : IDisposable
{
    private const string Sentence = "Le 14 mars 2016 à 08h30, 120 civils ont fui; 2.000 ans d'histoire, bilan n° 7 et 31 morts.";

    private readonly string _folder = Directory.CreateTempSubdirectory("sitrep-variants-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void OnlyTheDigitsOfATextChange()
    {
        var nudged = CorpusVariants.Nudge(Sentence, NumberShift.Draw(new Random(1)));
        Assert.Equal(Regex.Replace(Sentence, "[0-9]", ""), Regex.Replace(nudged, "[0-9]", ""));
        Assert.NotEqual(Sentence, nudged);
    }

    [Fact]
    public void EachNumberKeepsItsKind()
    {
        for (var seed = 0; seed < 200; seed++)
        {
            var numbers = Numbers(CorpusVariants.Nudge(Sentence, NumberShift.Draw(new Random(seed))));
            Assert.InRange(int.Parse(numbers[0]), 1, 28);      // a day
            Assert.InRange(int.Parse(numbers[1]), 2013, 2019); // a year near 2016
            Assert.Matches("^(0[1-9]|1[0-2])$", numbers[2]);   // an hour of the morning, two digits
            Assert.Matches("^[0-5][0-9]$", numbers[3]);        // minutes: two digits, under 60
            Assert.Equal(3, numbers[4].Length);                // a count of as many digits
            Assert.Equal("000", numbers[6]);                   // zeros stay
            Assert.InRange(int.Parse(numbers[8]), 1, 28);
        }
    }

    /// <summary>Away from the ends of a number's range, where moving it is clamped.</summary>
    [Fact]
    public void WhatTheTextSaysOfItsNumbersStillHolds()
    {
        for (var seed = 0; seed < 200; seed++)
        {
            var numbers = Numbers(CorpusVariants.Nudge("les 5 et 6 octobre, ouverts 20 heures sur 20", NumberShift.Draw(new Random(seed))));
            Assert.Equal(int.Parse(numbers[0]) + 1, int.Parse(numbers[1])); // two days in a row
            Assert.Equal(numbers[2], numbers[3]);                              // the same number twice
            Assert.NotEqual("5", numbers[0]);                                  // never the original
        }
    }

    [Fact]
    public void DaysAtTheEndOfTheirRangeMoveTheOtherWayAndStayDistinct()
    {
        for (var seed = 0; seed < 200; seed++)
        {
            var numbers = Numbers(CorpusVariants.Nudge("les 27 et 28 octobre", NumberShift.Draw(new Random(seed))));
            Assert.Equal(int.Parse(numbers[0]) + 1, int.Parse(numbers[1]));
            Assert.InRange(int.Parse(numbers[1]), 2, 28);
        }
    }

    [Fact]
    public void MinutesStayMinutes()
    {
        for (var seed = 0; seed < 200; seed++)
        {
            var numbers = Numbers(CorpusVariants.Nudge("vers 18h56, puis 07:58", NumberShift.Draw(new Random(seed))));
            Assert.InRange(int.Parse(numbers[1]), 0, 59);
            Assert.InRange(int.Parse(numbers[3]), 0, 59);
            Assert.Equal(2, numbers[3].Length);
        }
    }

    [Fact]
    public void TheRoundClockStaysAsWrittenAndOtherTwentyFoursMove()
    {
        var nudged = CorpusVariants.Nudge("ouvert 24 heures sur 24 et 24h/24 depuis le 24 mai", new NumberShift(1, 2, 1.1));
        Assert.Equal("ouvert 24 heures sur 24 et 24h/24 depuis le 26 mai", nudged);
    }

    [Fact]
    public void TheSameSeedWritesTheSameCopiesAndEveryCopyHasItsOwnId()
    {
        Document[] documents =
        [
            new("a", "AFP", new PartialDate(2016, 12, 6), "fr", "Bilan du 5 décembre", "Le 5 décembre, 12 morts.", "in:1"),
            new("b", null, null, "fr", null, "Depuis 2012, la ville est assiégée.", "in:2"),
        ];
        string Copies(int seed)
        {
            var output = Path.Combine(_folder, $"out{seed}.jsonl");
            Assert.Equal(6, CorpusVariants.Write(documents, output, copies: 3, seed));
            return File.ReadAllText(output);
        }

        var once = Copies(7);
        Assert.Equal(once, Copies(7));
        Assert.NotEqual(once, Copies(8));
        var lines = once.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!.AsObject()).ToList();
        Assert.Equal(["a~v0", "b~v0", "a~v1", "b~v1", "a~v2", "b~v2"], lines.Select(l => (string)l["id"]!));
        Assert.All(lines.Where(l => ((string)l["id"]!).StartsWith('a')), l =>
        {
            Assert.Equal("AFP", (string)l["outlet"]!);
            Assert.Equal("2016-12-06", (string)l["published"]!);
            Assert.Matches("^Bilan du [0-9]+ décembre$", (string)l["title"]!);
        });
        Assert.All(lines.Where(l => ((string)l["id"]!).StartsWith('b')), l => Assert.Null(l["published"]));
    }

    [Fact]
    public void TheCopiesReadBackAsDocumentsOfTheSameLanguageAndOutlet()
    {
        var output = Path.Combine(_folder, "out.jsonl");
        CorpusVariants.Write([new Document("a", "AFP", new PartialDate(2016, 12, 6), "fr", null, "Le 5 décembre, 12 morts.", "in:1")],
            output, copies: 2, seed: 1);
        var read = DocumentReader.Load("fr").ReadAll([output], new IngestOptions(Language: "fr"))
            .OfType<IngestResult.Read>().Select(r => r.Document).ToList();
        Assert.Equal(["a~v0", "a~v1"], read.Select(d => d.Id));
        Assert.All(read, d => Assert.Equal(("AFP", new PartialDate(2016, 12, 6)), (d.Outlet, d.Published)));
    }

    private static string[] Numbers(string text) => Regex.Matches(text, "[0-9]+").Select(m => m.Value).ToArray();
}
