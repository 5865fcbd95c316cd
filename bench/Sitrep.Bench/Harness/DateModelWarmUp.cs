using System.Diagnostics;
using Sitrep.Recognition.Dates;

namespace Sitrep.Bench.Harness;

/// <summary>
/// The date model's one-off cost, paid before anything is timed. Microsoft.Recognizers builds its models and parts of
/// them on first need, for every instance of the process at once: its first Parse costs about a second, and the first
/// number in a date ("neuf blessés ce mardi"), range of hours and "depuis ... ans" a few seconds more each (measured on
/// dev2's windows: 2-3 s each, then milliseconds for any like them). A profile charged that to the first articles
/// that sent such a window; one Parse of a text holding all of them pays it beforehand.
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
