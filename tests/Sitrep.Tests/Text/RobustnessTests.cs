using System.Text;
using static Sitrep.Tests.Text.FrenchSegmentation;

namespace Sitrep.Tests.Text;

/// <summary>Odd input never throws and always gives a consistent segmentation (checked by <see cref="SegmentationInvariants"/>).</summary>
public sealed class RobustnessTests
{
    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\n\n\r\n\t \u00A0\u202F")]
    [InlineData("\u0000\u0001\u0007\u001B\u007F")]
    [InlineData("\uFEFFLe texte commence par une marque d’ordre.")]
    public void TextWithoutWordsHasNoTokenOrOnlyItsWords(string text)
    {
        var analyzed = Analyze(text);
        Assert.Equal(analyzed.Tokens.Count == 0, analyzed.Sentences.Count == 0);
    }

    // Not a theory: test discovery would turn lone surrogates into U+FFFD before the test sees them.
    [Fact]
    public void SurrogatesAndNoncharactersNeverEnterAToken()
    {
        foreach (var text in new[] { "Alep\uD800 tombe", "Alep\uDC00tombe", "\uDC00Alep tombe", "Alep \uD83D\uDE00 tombe", "Alep\uD83D\uDE00tombe", "Alep\uFFFE tombe" })
            Assert.Equal(["Alep", "tombe"], Tokens(text));
    }

    [Fact]
    public void CombiningMarksStayInTheirWord() =>
        Assert.Equal(["Jaı\u0308sh", "a", "de\u0301fendu", "."], Tokens("Jaı\u0308sh a de\u0301fendu."));

    [Fact]
    public void ASoftHyphenInsideAWordKeepsItWhole() =>
        Assert.Equal(["inter\u00ADnational"], Tokens("inter\u00ADnational"));

    [Fact]
    public void ArabicScriptWithDirectionMarksIsTokenised() =>
        Assert.Equal(["قال", "المرصد", "السوري", "."], Tokens("\u200Fقال المرصد السوري.\u200F"));

    [Fact]
    public void AVeryLongLineIsSegmented()
    {
        var sb = new StringBuilder();
        for (var i = 0; i < 20_000; i++) sb.Append("Les rebelles ont fui l’est d’Alep, 2 500 au moins. ");
        var analyzed = Analyze(sb.ToString());
        Assert.Equal(20_000, analyzed.Sentences.Count);
        Assert.Equal(20_000 * 13, analyzed.Tokens.Count);
    }

    [Fact]
    public void AVeryLongWordIsOneToken()
    {
        var word = new string('a', 100_000);
        Assert.Equal([word], Tokens(word));
    }

    [Fact]
    public void RandomMixturesOfTrickyCharactersKeepTheInvariants()
    {
        const string alphabet = "aZé1 0.,;:!?…'’ʼ-–—«»\"()[]%/\u00A0\u202F\n\r\t\u0301\u00AD\u200F\uD800\uDC00\uFFFEلب°+";
        var random = new Random(20161212);
        var sb = new StringBuilder();
        for (var n = 0; n < 2_000; n++)
        {
            sb.Clear();
            var length = random.Next(1, 40);
            for (var i = 0; i < length; i++) sb.Append(alphabet[random.Next(alphabet.Length)]);
            Analyze(sb.ToString());
        }
    }
}
