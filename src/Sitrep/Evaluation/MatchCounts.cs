namespace Sitrep.Evaluation;

/// <summary>
/// True positives, false positives and false negatives, with precision, recall and F1.
/// With nothing in gold and nothing predicted all three are 1 (nothing to find, nothing wrongly found);
/// otherwise a zero denominator gives 0.
/// </summary>
public readonly record struct MatchCounts(int Tp, int Fp, int Fn)
{
    private bool Empty => Tp + Fp + Fn == 0;

    public double Precision => Empty ? 1 : Ratio(Tp, Tp + Fp);

    public double Recall => Empty ? 1 : Ratio(Tp, Tp + Fn);

    public double F1 => Empty ? 1 : Ratio(2 * Tp, 2 * Tp + Fp + Fn);

    public static MatchCounts operator +(MatchCounts a, MatchCounts b) => new(a.Tp + b.Tp, a.Fp + b.Fp, a.Fn + b.Fn);

    private static double Ratio(int part, int whole) => whole == 0 ? 0 : (double)part / whole;
}
