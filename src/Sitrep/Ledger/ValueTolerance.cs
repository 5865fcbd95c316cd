namespace Sitrep.Ledger;

/// <summary>
/// When two figures for the same thing disagree: they differ by more than <see cref="Absolute"/> and by more than
/// <see cref="Relative"/> of the larger. So 70% and 73% disagree, 1 200 and 1 210 dead do not (rounding).
/// </summary>
public static class ValueTolerance
{
    public const double Absolute = 0.5;

    public const double Relative = 0.02;

    public static bool Differ(double a, double b) =>
        Math.Abs(a - b) > Math.Max(Absolute, Relative * Math.Max(Math.Abs(a), Math.Abs(b)));
}
