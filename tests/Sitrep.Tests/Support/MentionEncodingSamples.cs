using Sitrep.Model;

namespace Sitrep.Tests.Support;

/// <summary>Mentions whose fields hold what a compact encoding of them must escape, for the stores' round-trip tests.</summary>
public static class MentionEncodingSamples
{
    public static CodedDocument Awkward(string id = "t00_awkward")
    {
        var document = new Document(id, null, null, "fr", null, "Des tirs\tà Alep\\Idleb.\r\nPuis le calme.", $"seeds/{id}.txt");
        return new CodedDocument(document, [], [], [],
        [
            new(MentionKind.Place, new TextSpan(9, 6), "sy.aleppo", "places/syria.tsv:82", "city; geo_precision 2"),
            new(MentionKind.Trigger, new TextSpan(0, 8), "Shelling\tartillery", "fr/triggers.tsv:3 \"tirs\"", ""),
            new(MentionKind.Cue, new TextSpan(23, 4), "line\nbreak\r\nand \\t backslash\\", "a\\n literal", null),
            new(MentionKind.Label, new TextSpan(30, 5), "", "\t", "\\"),
        ]);
    }
}
