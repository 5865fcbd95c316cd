using Sitrep.Ingest;

namespace Sitrep.Tests.Ingest;

public sealed class BoilerplateTests : IDisposable
{
    private readonly TempInputs _inputs = new();

    public void Dispose() => _inputs.Dispose();

    private string Read(string text, IngestOptions? options = null) =>
        Ingestion.ReadOne(_inputs.Write("article.txt", text), options).Text;

    [Theory]
    [InlineData("Votre publicité ici avec une régie quelconque")]
    [InlineData("PUBLICITÉ")]
    [InlineData("Partager sur Facebook")]
    [InlineData("Facebook | Twitter | WhatsApp")]
    [InlineData("Lire aussi : La trêve vole en éclats")]
    [InlineData("À lire également")]
    [InlineData("Nous utilisons des cookies pour vous offrir la meilleure expérience de navigation.")]
    [InlineData("Abonnez-vous à notre newsletter")]
    [InlineData("Il vous reste 72 % de cet article à lire.")]
    [InlineData("12 commentaires")]
    [InlineData("© Agence Exemple 2016")]
    public void ABoilerplateLineIsDropped(string boilerplate)
    {
        var text = Read($"Des renforts sont arrivés à Manbij.\n{boilerplate}\nLes combats ont repris à l'aube.");

        Assert.Equal("Des renforts sont arrivés à Manbij.\nLes combats ont repris à l'aube.", text);
    }

    [Theory]
    [InlineData("Il faut lire aussi entre les lignes du communiqué, estime un diplomate.")]
    [InlineData("Partager le pouvoir avec l'opposition reste exclu, a répété le président.")]
    [InlineData("La publicité faite autour de cette offensive a surpris les observateurs.")]
    [InlineData("Facebook a supprimé plusieurs comptes liés à la propagande jihadiste.")]
    public void ArticleSentencesThatMentionTheSameWordsAreKept(string sentence) =>
        Assert.Equal(sentence, Read(sentence));

    [Fact]
    public void AShortTextCleanedAfterALongOneKeepsOnlyItsOwnLines()
    {
        Read(string.Join("\n", Enumerable.Range(1, 40).Select(i => $"Le paragraphe {i} parle des combats.\nPUBLICITÉ")));
        Assert.Equal("Des renforts sont arrivés à Manbij.\nLes combats ont repris.", Read("Des renforts sont arrivés à Manbij.\nPUBLICITÉ\nLes combats ont repris."));
    }

    [Fact]
    public void DroppingALineBetweenParagraphsLeavesOneParagraphBreak()
    {
        var text = Read("Premier paragraphe.\n\nLire aussi : autre chose\n\nSecond paragraphe.");

        Assert.Equal("Premier paragraphe.\n\nSecond paragraphe.", text);
    }

    [Fact]
    public void AdvertisingAtTheStartAndEndIsDroppedWithItsBlankLines()
    {
        var text = Read("Votre publicité ici\n\nLe texte de la dépêche.\n\nVotre publicité ici");

        Assert.Equal("Le texte de la dépêche.", text);
    }

    [Fact]
    public void AFileOfOnlyBoilerplateFails() =>
        Assert.Equal("no text left once boilerplate is removed", Ingestion.FailureOf(_inputs.Write("pub.txt", "Publicité\nPartager")));

    [Fact]
    public void LeadingLinesThatRepeatTheKnownTitleAreDropped()
    {
        var list = _inputs.Write("liste.jsonl",
            """{"id":"t1","title":"Offensive sur Al-Bab","text":"Offensive sur Al-Bab\n\nOffensive  sur Al-Bab\n\nLes troupes turques avancent."}""");

        var doc = Ingestion.ReadOne(list);

        Assert.Equal("Les troupes turques avancent.", doc.Text);
        Assert.Equal("Offensive sur Al-Bab", doc.Title);
    }

    [Fact]
    public void AFirstLinePrintedTwiceIsTakenAsTheTitleAndDropped()
    {
        var doc = Ingestion.ReadOne(_inputs.Write("doublon.txt", "Reprise de Palmyre\n\nReprise de Palmyre\n\nL'armée est entrée dans la ville."));

        Assert.Equal("Reprise de Palmyre", doc.Title);
        Assert.Equal("L'armée est entrée dans la ville.", doc.Text);
    }

    [Fact]
    public void AFirstLineThatIsNotRepeatedIsKept()
    {
        var text = "Reprise de Palmyre\n\nL'armée est entrée dans la ville.";

        Assert.Equal(text, Read(text));
    }

    [Fact]
    public void TitleEchoesAreFoldedBeforeComparingAndAParagraphThatOnlyStartsLikeTheTitleStays()
    {
        var list = _inputs.Write("echo.jsonl", "{\"title\":\"Frappes sur Idleb\",\"text\":\""
            + "  FRAPPES \\u00a0 sur\\tidleb \\n\\nFrappes sur Idlib\\nFrappes sur Idleb, puis la trêve.\"}");

        var document = Ingestion.ReadOne(list);

        Assert.Equal("Frappes sur Idlib\nFrappes sur Idleb, puis la trêve.", document.Text);
    }

    [Fact]
    public void WithoutATitleAFirstLineRepeatedOnceFoldedBecomesTheTitle()
    {
        var document = Ingestion.ReadOne(_inputs.Write("article.txt", "Trêve à Alep\n\n  TREVE  a alep\nLes combats ont cessé."));

        Assert.Equal("Trêve à Alep", document.Title);
        Assert.Equal("Les combats ont cessé.", document.Text);
    }
}
