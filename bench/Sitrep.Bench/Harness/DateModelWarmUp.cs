using System.Diagnostics;
using Sitrep.Recognition.Dates;

namespace Sitrep.Bench.Harness;

/// <summary>
/// The date model's one-off cost, paid before anything is timed. Microsoft.Recognizers builds its models and parts of
/// them on first need, for every instance of the process at once: ~0.3 s of CPU in all for a first Parse, the first
/// number in a date ("neuf blessés ce mardi"), a range of hours and "depuis ... ans". A profile charged that to the
/// first articles that sent such a window; one Parse of a text holding all of them pays it beforehand. (With runtime
/// code generation on, each of the three number parsers compiled its word regex, 2-3 s and up to 150 MB more: it is
/// off in src/BatchRuntime.props.)
/// </summary>
public static class DateModelWarmUp
{
    private const string Text = "Les tirs ont fait neuf blessés ce mardi 4 mars. Le couvre-feu court de 20 heures à 6 heures du matin. "
        + "Assiégée depuis quatre ans, la ville a vu le siège prendre fin lundi 12 juin.";

    /// <summary>Parses <see cref="Text"/> with a model of its own; returns the wall time and this thread's CPU time it took.</summary>
    public static (TimeSpan Wall, TimeSpan Cpu) Run(string language)
    {
        var watch = Stopwatch.StartNew();
        var cpu = ThreadCpuClock.Now();
        new RecognizersTemporalParser(language).Parse(Text, new System.DateTime(2016, 4, 5));
        return (watch.Elapsed, ThreadCpuClock.Now() - cpu);
    }
}
