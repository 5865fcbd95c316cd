using Sitrep.Recognition.Dates;
using Sitrep.Recognition.Numbers;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Recognition.Numbers;

public class SharedRecognizerTests
{
    private static readonly string[] Sentences =
    [
        "Hier soir, 43 civils ont été tués dans le quartier.",
        "Les combats ont eu lieu les 26 et 27 octobre derniers, faisant des dizaines de morts.",
        "Depuis deux semaines, 100.000 habitants ont fui.",
        "Désormais 70% des quartiers sont tombés, selon l'OSDH, lundi.",
        "Il avait été enlevé le mois de juillet dernier avec une femme.",
        "Quelque 2 500 combattants ont été amnistiés le 22 septembre.",
    ];

    private static List<string> Run(string sentence)
    {
        var text = NumDateTestText.Make(sentence, "2016-12-06");
        return DateRecognizer.Load("fr").Recognize(text).Concat(QuantityRecognizer.Load("fr").Recognize(text))
            .Select(m => $"{m.Kind} {m.Span} {m.Value} {m.Detail}").ToList();
    }

    [Fact]
    public void LoadReturnsOneSharedInstancePerLanguage()
    {
        Assert.Same(DateRecognizer.Load("fr"), DateRecognizer.Load("fr"));
        Assert.Same(QuantityRecognizer.Load("fr"), QuantityRecognizer.Load("fr"));
    }

    [Fact]
    public void ConcurrentCallsFindWhatCallsOneByOneFind()
    {
        var expected = Sentences.Select(Run).ToList();
        var work = Enumerable.Range(0, 8 * Sentences.Length).ToList();
        var actual = new List<string>[work.Count];
        Parallel.ForEach(work, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => actual[i] = Run(Sentences[i % Sentences.Length]));
        for (var i = 0; i < work.Count; i++)
            Assert.Equal(expected[i % Sentences.Length], actual[i]);
    }
}
