namespace Sitrep.Bench.Generation;

/// <summary>How one copy moves its numbers: years by <see cref="Years"/>, small numbers (days, months, hours) by
/// <see cref="Small"/>, within their range, and counts by <see cref="CountFactor"/>.</summary>
public readonly record struct NumberShift(int Years, int Small, double CountFactor)
{
    /// <summary>Years and small numbers move by 1 to 3 either way, never 0 (a copy equal to its original is skipped as a
    /// duplicate by ingest); counts by a factor between 0.8 and 1.25.</summary>
    public static NumberShift Draw(Random random) => new(NonZero(random), NonZero(random), 0.8 + 0.45 * random.NextDouble());

    private static int NonZero(Random random) => random.Next(1, 4) * (random.Next(2) == 0 ? -1 : 1);
}
