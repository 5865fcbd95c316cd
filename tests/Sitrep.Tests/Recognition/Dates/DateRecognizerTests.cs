using Sitrep.Model;
using Sitrep.Recognition.Dates;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Recognition.Dates;

public class DateRecognizerTests
{
    private const string Tuesday = "2016-12-06";
    private const string MonthOnly = "2016-11";

    private static readonly DateRecognizer Recognizer = DateRecognizer.Load("fr");

    /// <summary>Each date found, as "phrase => value detail".</summary>
    private static List<string> Dates(string sentence, string? published)
    {
        var text = NumDateTestText.Make(sentence, published);
        return Recognizer.Recognize(text).Select(m => $"{m.Span.Of(sentence)} => {m.Value} {m.Detail}").ToList();
    }

    [Theory]
    [InlineData("Les frappes ont repris ce mardi à l'aube.", "mardi => 2016-12-06 1")]
    [InlineData("Les rebelles se sont retirés lundi du quartier.", "lundi => 2016-12-05 1")]
    [InlineData("Hier, un convoi a été visé.", "Hier => 2016-12-05 1")]
    [InlineData("Le convoi a été visé hier soir.", "hier soir => 2016-12-05 1")]
    [InlineData("Les frappes ont repris aujourd'hui.", "aujourd'hui => 2016-12-06 1")]
    [InlineData("Le marché a été bombardé le 22 septembre.", "22 septembre => 2016-09-22 1")]
    [InlineData("Le sommet prévu le 22 décembre a été reporté.", "22 décembre => 2015-12-22 1")]
    [InlineData("Une trêve a été signée le 5 décembre 2016.", "5 décembre 2016 => 2016-12-05 1")]
    [InlineData("Il a été enlevé vendredi après-midi.", "vendredi après-midi => 2016-12-02 1")]
    [InlineData("Le 22 septembre, 43 civils ont été tués.", "22 septembre => 2016-09-22 1")]
    [InlineData("Publié le 12 déc. 2016, 14:25", "12 déc. 2016 => 2016-12-12 1")]
    [InlineData("Les bombardements durent depuis jeudi soir.", "depuis jeudi soir => 2016-12-01 2")]
    [InlineData("L'offensive a commencé il y a trois jours.", "il y a trois jours => 2016-12-03 1")]
    [InlineData("La ville est tombée il y a deux semaines.", "il y a deux semaines => 2016-11-22 2")]
    [InlineData("Les combats font rage depuis deux semaines.", "depuis deux semaines => 2016-11-22 2")]
    [InlineData("Durant les 72 dernières heures, la ville a été pilonnée.", "72 dernières heures => 2016-12-03 2")]
    [InlineData("La situation s'est dégradée ces derniers jours.", "derniers jours => 2016-12-06 2")]
    public void DatesTakeThePastReadingOfThePublicationDay(string sentence, string expected) =>
        Assert.Equal([expected], Dates(sentence, Tuesday));

    [Fact]
    public void TwoStatedDaysGiveTheFirstAndSayUntilWhen() =>
        Assert.Equal(["26 et 27 octobre derniers => 2016-10-26 1;until=2016-10-27"],
            Dates("Des combats ont eu lieu les 26 et 27 octobre derniers.", Tuesday));

    [Theory]
    [InlineData("Il avait été enlevé le mois de juillet dernier.", "le mois de juillet dernier => 2016-07 3")]
    [InlineData("Les prix ont doublé le mois dernier.", "le mois dernier => 2016-11 3")]
    [InlineData("Le siège a commencé au mois de mars.", "mars => 2016-03 3")]
    [InlineData("Le siège a commencé en novembre.", "novembre => 2016-11 3")]
    public void MonthsWithoutAYearFallOnOrBeforePublication(string sentence, string expected) =>
        Assert.Equal([expected], Dates(sentence, Tuesday));

    [Theory]
    [InlineData("La ville est aux mains des rebelles depuis 2012.", "depuis 2012 => 2012 3;year")]
    [InlineData("Le quartier avait été détruit en 2014.", "2014 => 2014 3;year")]
    [InlineData("En 2014 les rebelles ont pris le quartier.", "2014 => 2014 3;year")]
    [InlineData("Le quartier est en ruines depuis l'année 2014.", "2014 => 2014 3;year")]
    [InlineData("Tout a changé en 2014, selon lui.", "2014 => 2014 3;year")]
    public void BareYearsAreMarkedAsYears(string sentence, string expected) =>
        Assert.Equal([expected], Dates(sentence, Tuesday));

    [Theory]
    [InlineData("Une pause de dix jours a été décidée.")]
    [InlineData("Le garçon avait 12 ans.")]
    [InlineData("En une semaine, l'armée a repris la moitié de la ville.")]
    [InlineData("Les 43 civils ont été évacués vers le nord.")]
    [InlineData("Le camp abritait 2000 personnes.")]
    public void LengthsOfTimeFutureReadingsAndPlainNumbersAreNotDates(string sentence) =>
        Assert.Empty(Dates(sentence, Tuesday));

    [Theory]
    [InlineData("Hier, un convoi a été visé.")]
    [InlineData("Les rebelles se sont retirés lundi du quartier.")]
    [InlineData("Les combats font rage depuis deux semaines.")]
    [InlineData("La situation s'est dégradée ces derniers jours.")]
    [InlineData("Les prix ont doublé le mois dernier.")]
    public void RelativeDatesNeedAKnownPublicationDay(string sentence)
    {
        Assert.Empty(Dates(sentence, MonthOnly));
        Assert.Empty(Dates(sentence, null));
    }

    [Theory]
    [InlineData("Le marché a été bombardé le 22 septembre.", "22 septembre => 2016-09-22 1")]
    [InlineData("Le marché a été bombardé le 3 novembre.", "3 novembre => 2016-11-03 1")]
    [InlineData("Le sommet a eu lieu le 22 décembre.", "22 décembre => 2015-12-22 1")]
    [InlineData("Le siège a commencé en octobre.", "octobre => 2016-10 3")]
    public void AMonthOnlyPublicationDateStillDatesADayAndMonth(string sentence, string expected) =>
        Assert.Equal([expected], Dates(sentence, MonthOnly));

    [Theory]
    [InlineData("Une trêve a été signée le 5 décembre 2016.", "5 décembre 2016 => 2016-12-05 1")]
    [InlineData("Le quartier avait été détruit en 2014.", "2014 => 2014 3;year")]
    public void WithoutAPublicationDateOnlyStatedYearsCount(string sentence, string expected) =>
        Assert.Equal([expected], Dates(sentence, null));

    [Fact]
    public void WithoutAPublicationDateADayWithoutYearIsDropped() =>
        Assert.Empty(Dates("Le marché a été bombardé le 22 septembre.", null));

    [Fact]
    public void OnlyTheTokensAroundACueReachTheParser()
    {
        var parser = new RecordingParser();
        var recognizer = new DateRecognizer(parser, DateCues.Load("fr"));
        const string sentence = "Selon des sources locales sur place, les combats ont repris mardi dans plusieurs quartiers de la vieille ville.";
        recognizer.Recognize(NumDateTestText.Make(sentence, Tuesday)).ToList();
        Assert.Equal(["les combats ont repris mardi dans plusieurs quartiers de"], parser.Windows);

        parser.Windows.Clear();
        recognizer.Recognize(NumDateTestText.Make("Les combats continuent dans la vieille ville.", Tuesday)).ToList();
        Assert.Empty(parser.Windows);
    }

    private sealed class RecordingParser : ITemporalParser
    {
        public List<string> Windows { get; } = [];

        public IReadOnlyList<TemporalExpression> Parse(string window, System.DateTime reference)
        {
            Windows.Add(window);
            return [];
        }
    }

    [Theory]
    [InlineData("2016-12-06TEV", "hier soir => 2016-12-05", true)]
    [InlineData("2016-12-05TEV", "hier soir => 2016-12-05", false)]
    [InlineData("2016-12-05", "hier soir => 2016-12-05", false)]
    public void AMatchStartingAtARelativeDayIsMovedToThatDayOnlyWhenItNamesAnother(string timex, string expected, bool moved)
    {
        // The grammar is left out: the scripted model reads the window's "hier soir" as given.
        var recognizer = new DateRecognizer(new ScriptedParser("hier soir", timex), DateCues.Load("fr"));
        const string sentence = "Le convoi a été visé hier soir.";

        var mention = Assert.Single(recognizer.Recognize(NumDateTestText.Make(sentence, Tuesday)));

        Assert.Equal(expected, $"{mention.Span.Of(sentence)} => {mention.Value}");
        Assert.Equal(moved, mention.Entry.Contains("day of \"hier\""));
    }

    [Theory]
    [InlineData("2000", 0)]
    [InlineData("2000-01", 1)]
    [InlineData("200", 1)]
    public void AFourDigitYearReadOnACountBeforeAWordIsDropped(string timex, int kept)
    {
        var recognizer = new DateRecognizer(new ScriptedParser("2000", timex), DateCues.Load("fr"));

        Assert.Equal(kept, recognizer.Find(NumDateTestText.Make("Le camp abritait en juin 2000 personnes.", Tuesday)).Count(m => m.Timex == timex));
    }

    [Theory]
    [InlineData("Hier, au mois de mars selon eux, le siège a commencé.", "Hier => 2016-12-05|mars => 2016-03")]
    [InlineData("Hier, le siège a commencé selon eux, au mois de mars.", "Hier => 2016-12-05|mars => 2016-03")]
    [InlineData("Hier, le siège a commencé selon eux.", "Hier => 2016-12-05")]
    public void AMonthNameTheModelLeftOutIsAMonthAllTheSame(string sentence, string expected)
    {
        // The grammar is left out: the scripted model reads "Hier" only.
        var recognizer = new DateRecognizer(new ScriptedParser("Hier", "2016-12-05"), DateCues.Load("fr"));

        var found = recognizer.Recognize(NumDateTestText.Make(sentence, Tuesday)).Select(m => $"{m.Span.Of(sentence)} => {m.Value}");

        Assert.Equal(expected.Split('|'), found);
    }

    /// <summary>Reads <paramref name="phrase"/>, wherever the window holds it, as <paramref name="timex"/>.</summary>
    private sealed class ScriptedParser(string phrase, string timex) : ITemporalParser
    {
        public IReadOnlyList<TemporalExpression> Parse(string window, System.DateTime reference) =>
            window.IndexOf(phrase, StringComparison.Ordinal) is var at and >= 0 ? [new TemporalExpression(at, phrase.Length, timex, null)] : [];
    }

    [Fact]
    public void ALineOfDatesPastTheModelBudgetStillGivesEachDateAtLeastItsMonth()
    {
        // The grammar leaves dates side by side to the model, which reads the first ones; the others keep their month.
        var line = string.Concat(Enumerable.Repeat("le 3 mars ", 2000));

        var found = Dates(line, Tuesday);

        Assert.Equal(2000, found.Count);
        Assert.Contains("3 mars => 2016-03-03 1", found);
        Assert.Contains("mars => 2016-03 3", found);
        Assert.All(found, f => Assert.Contains(f, new[] { "3 mars => 2016-03-03 1", "mars => 2016-03 3" }));
    }
}

