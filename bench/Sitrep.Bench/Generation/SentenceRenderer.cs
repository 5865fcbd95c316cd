using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Sitrep.Bench.Generation;

/// <summary>Fills a template's slots with random vocabulary, then applies French contractions ("de le" → "du").</summary>
public sealed partial class SentenceRenderer(Vocabulary vocabulary, Random random)
{
    private static readonly string[] Months =
        ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];
    private static readonly string[] Weekdays = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"];

    public string Render(string template)
    {
        var sb = new StringBuilder(template.Length * 2);
        Actor? lastActor = null;
        var i = 0;
        while (i < template.Length)
        {
            var c = template[i];
            if (c == '{')
            {
                var close = template.IndexOf('}', i);
                var slot = template[(i + 1)..close];
                var space = slot.LastIndexOf(' ');
                if (space > 0) sb.Append(slot, 0, space + 1);
                sb.Append(Fill(slot[(space + 1)..], ref lastActor));
                i = close + 1;
            }
            else if (c == '<')
            {
                var close = template.IndexOf('>', i);
                var forms = template[(i + 1)..close].Split('|');
                sb.Append(lastActor?.IsPlural == true ? forms[1] : forms[0]);
                i = close + 1;
            }
            else
            {
                sb.Append(c);
                i++;
            }
        }
        var sentence = Contract(sb.ToString());
        return char.ToUpperInvariant(sentence[0]) + sentence[1..];
    }

    private string Fill(string slot, ref Actor? lastActor)
    {
        switch (slot)
        {
            case "A" or "A2":
                lastActor = Pick(vocabulary.Actors);
                return lastActor.Written;
            case "P" or "P2": return Pick(vocabulary.Towns);
            case "Q": return Pick(vocabulary.Quarters);
            case "PROV": return Pick(vocabulary.Provinces);
            case "N": return Count();
            case "D": return Date();
            default: return Pick(vocabulary.Words(slot));
        }
    }

    /// <summary>Mostly small figures, some spelled out, some in the thousands written "1 200" or "2.500".</summary>
    private string Count()
    {
        var roll = random.NextDouble();
        if (roll < 0.5) return random.Next(2, 60).ToString(CultureInfo.InvariantCulture);
        if (roll < 0.75) return Pick(vocabulary.Words("N"));
        if (roll < 0.9) return random.Next(60, 1000).ToString(CultureInfo.InvariantCulture);
        var n = random.Next(1, 400) * 100;
        return n < 1000 ? n.ToString(CultureInfo.InvariantCulture)
            : $"{n / 1000}{(random.Next(2) == 0 ? " " : ".")}{n % 1000:000}";
    }

    private string Date() => Pick(vocabulary.Words("D"))
        .Replace("{day}", random.Next(1, 29).ToString(CultureInfo.InvariantCulture))
        .Replace("{month}", Pick(Months))
        .Replace("{year}", random.Next(2011, 2020).ToString(CultureInfo.InvariantCulture))
        .Replace("{weekday}", Pick(Weekdays));

    public T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private static string Contract(string sentence)
    {
        sentence = DeLe().Replace(sentence, m => m.Groups[1].Value == "le" ? Capital(m, "du") : Capital(m, "des"));
        sentence = ALe().Replace(sentence, m => m.Groups[1].Value == "le" ? "au" : "aux");
        return DeVowel().Replace(sentence, "$1'");
    }

    private static string Capital(Match m, string word) => char.IsUpper(m.Value[0]) ? char.ToUpperInvariant(word[0]) + word[1..] : word;

    [GeneratedRegex(@"\b[Dd]e (le|les)\b")]
    private static partial Regex DeLe();

    [GeneratedRegex(@"(?<![\p{L}])à (le|les)\b")]
    private static partial Regex ALe();

    [GeneratedRegex(@"\b([Dd])e (?=[aeiouyéèêâîôAEIOUYÉÈÊÂÎÔ])")]
    private static partial Regex DeVowel();
}
