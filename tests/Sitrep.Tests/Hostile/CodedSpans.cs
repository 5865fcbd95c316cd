using Sitrep.Model;

namespace Sitrep.Tests.Hostile;

/// <summary>What must hold for the output of coding any text: every span it reports lies inside that text.</summary>
public static class CodedSpans
{
    public static void AssertInside(CodedDocument coded)
    {
        var length = coded.Document.Text.Length;
        foreach (var m in coded.Mentions) AssertInside(m.Span, length, $"{m.Kind} mention");
        foreach (var e in coded.Events) AssertInside(e.QuoteSpan, length, "event quote");
        foreach (var c in coded.Claims) AssertInside(c.QuoteSpan, length, "claim quote");
        foreach (var l in coded.Labels) AssertInside(l.Span, length, "label");
    }

    private static void AssertInside(TextSpan span, int length, string what) =>
        Assert.True(span.Start >= 0 && span.Length >= 0 && span.End <= length, $"{what} {span} is outside the text of {length} characters");
}
