using Sitrep.Model;

namespace Sitrep.Bench.Micro;

/// <summary>A paragraph of news-like French written for these benchmarks, as a document.</summary>
internal static class SampleText
{
    public const string Text =
        "L'armée syrienne a bombardé mardi soir la ville de Douma, tuant au moins 23 civils, selon l'OSDH. " +
        "Des frappes de l'aviation russe ont visé le 14 mars un hôpital à Alep-Est, blessant " +
        "douze personnes.\nLes rebelles ont repoussé une offensive du régime au nord de Hama, a affirmé un porte-parole rebelle. " +
        "« Nous avons repris Khan Cheikhoun », a déclaré hier un commandant du Front al-Nosra. Le conflit a fait plus de 300 000 morts.";

    public static Document Document() => new("micro", "bench", new PartialDate(2016, 3, 15), "fr", null, Text, "micro");
}
