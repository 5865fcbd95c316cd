using Sitrep.Ingest;
using Sitrep.Model;
using Sitrep.Tests.Ingest;
using Sitrep.Tests.Support;
using Sitrep.Tests.Text;
using Sitrep.Text;
using Xunit.Abstractions;

namespace Sitrep.Tests.Hostile;

/// <summary>
/// Any bytes and any string through ingest, segmentation and the whole pipeline: a result whose spans all lie
/// in the text, or a clean per-document failure; never an exception. Seeded, so every run checks the same cases.
/// </summary>
public sealed class PropertyTests(ITestOutputHelper output)
{
    private const ulong Seed = 20_250_806;
    private static readonly RuleSegmenter Segmenter = RuleSegmenter.Load("fr");

    [Fact]
    public void AnyFileIsReadAsDocumentsOrFailsWithAReasonAndItsDocumentsCodeInsideTheirText()
    {
        var checkedCases = HostileSampling.Check(HostileGen.InputFile, 300, Seed, input =>
        {
            using var inputs = new TempInputs();
            var path = inputs.WriteBytes(input.Name, input.Bytes);
            foreach (var result in Ingestion.ReadAll(null, path))
            {
                switch (result)
                {
                    case IngestResult.Failed failed:
                        Assert.False(string.IsNullOrWhiteSpace(failed.Reason));
                        Assert.DoesNotContain('\n', failed.Reason);
                        // A reason naming an exception type is a failure nobody foresaw, not a clean one.
                        Assert.DoesNotMatch(@"^\w*Exception\b", failed.Reason);
                        break;
                    case IngestResult.Read read:
                        Assert.False(string.IsNullOrWhiteSpace(read.Document.Text));
                        CodedSpans.AssertInside(TestPipeline.French.Run(read.Document));
                        break;
                }
            }
        }, i => $"{i.Name}: {Convert.ToHexString(i.Bytes.AsSpan(0, Math.Min(200, i.Bytes.Length)))}");
        output.WriteLine($"{checkedCases} input files checked");
    }

    [Fact]
    public void AnyStringIsSegmentedIntoTokensAndSentencesInsideIt()
    {
        var checkedCases = HostileSampling.Check(HostileGen.Text, 500, Seed,
            text => SegmentationInvariants.AssertHold(Segmenter.Segment(TestPipeline.Doc(text))));
        output.WriteLine($"{checkedCases} strings segmented");
    }

    [Fact]
    public void AnyStringIsCodedWithEverySpanInsideIt()
    {
        var checkedCases = HostileSampling.Check(HostileGen.Text, 150, Seed,
            text => CodedSpans.AssertInside(TestPipeline.French.Run(TestPipeline.Doc(text))));
        output.WriteLine($"{checkedCases} strings coded");
    }

    [Fact]
    public void AnyStringWithoutAPublicationDateIsCodedWithEverySpanInsideIt()
    {
        var checkedCases = HostileSampling.Check(HostileGen.Text, 50, Seed + 1,
            text => CodedSpans.AssertInside(TestPipeline.French.Run(new Document("x", null, null, "fr", null, text, "x"))));
        output.WriteLine($"{checkedCases} undated strings coded");
    }
}
