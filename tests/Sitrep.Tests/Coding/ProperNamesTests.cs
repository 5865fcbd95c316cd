using Sitrep.Coding;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Coding;

public sealed class ProperNamesTests
{
    private static List<string> Names(string text)
    {
        var (analyzed, mentions) = TestPipeline.French.Analyse(TestPipeline.Doc(text));
        return SentenceMentions.Group(analyzed, mentions, FunctionWords.Load("fr")).SelectMany(ProperNames.In).Select(n => n.Name).ToList();
    }

    [Theory]
    [InlineData("Selon son porte-parole, Hassan Khaddour, le convoi est parti.", "Hassan Khaddour")]
    [InlineData("Hier, Abou Baraa al-Hourani a parlé à la presse.", "Abou Baraa al-Hourani")]
    public void TwoCapitalisedWordsOutsideEveryMentionAreAName(string text, string name) =>
        Assert.Equal([name], Names(text));

    [Theory]
    [InlineData("Les envoyés Karim Haddad et Nabil Fadi ont parlé.")]
    [InlineData("Les envoyés de Karim Haddad et de Nabil Fadi ont parlé.")]
    [InlineData("Les envoyés de Karim Haddad et Nabil Fadi ont parlé.")]
    public void NamesAreFoundWhereverTheyStart(string text) =>
        Assert.Equal(["Karim Haddad", "Nabil Fadi"], Names(text));

    [Fact]
    public void AWordThatEndsOneRunStartsNoNameOfItsOwn() =>
        Assert.Equal(["Hassan Khaddour"], Names("Selon Sami, Hassan Khaddour a parlé à la presse."));

    [Fact]
    public void ARunPastFiveWordsGoesOnAsTheNextName() =>
        Assert.Equal(["Ahmad Bassam Karim Walid Samir", "Nabil Fadi"], Names("Hier Ahmad Bassam Karim Walid Samir Nabil Fadi a parlé."));

    [Theory]
    [InlineData("Le Centre des médias a confirmé l'accord.")]
    [InlineData("Selon l'OSDH et l'AFP, le convoi est parti.")]
    [InlineData("Les Forces démocratiques syriennes ont avancé vers Raqqa.")]
    [InlineData("Des obus sont tombés sur le quartier de Bab Touma à Alep.")]
    public void FirstWordsAcronymsAndKnownMentionsAreNoNames(string text) => Assert.Empty(Names(text));
}
