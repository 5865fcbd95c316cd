using Sitrep.Model;

namespace Sitrep.Tests.Support;

/// <summary>One French pipeline for all tests (building it loads every resource), and documents made from short texts.</summary>
public static class TestPipeline
{
    private static readonly Lazy<Pipeline> Shared = new(() => Pipeline.Build("fr"));

    public static Pipeline French => Shared.Value;

    public static Document Doc(string text, string published = "2016-12-06", string? outlet = null, string id = "test") =>
        new(id, outlet, PartialDate.TryParse(published, out var date) ? date : null, "fr", null, text, "test");

    public static CodedDocument Code(string text, string published = "2016-12-06", string? outlet = null) =>
        French.Run(Doc(text, published, outlet));
}
