using CsCheck;

namespace Sitrep.Tests.Hostile;

/// <summary>
/// Runs a property over a fixed, seeded series of generated cases, so every run checks the same cases and a
/// failure names the case number to replay. (CsCheck's own <c>Sample</c> draws fresh random cases after its
/// seed, which would make the suite non-deterministic.)
/// </summary>
public static class HostileSampling
{
    /// <summary>Checks <paramref name="property"/> on <paramref name="cases"/> cases and returns how many it checked.</summary>
    public static int Check<T>(Gen<T> gen, int cases, ulong seed, Action<T> property, Func<T, string>? describe = null)
    {
        var random = new PCG(1, seed);
        for (var i = 0; i < cases; i++)
        {
            var value = gen.Generate(random, null, out _);
            try
            {
                property(value);
            }
            catch (Exception e)
            {
                var shown = describe?.Invoke(value) ?? value?.ToString() ?? "null";
                throw new Xunit.Sdk.XunitException($"case {i} of seed {seed} fails: {Excerpt(shown)}\n{e}");
            }
        }
        return cases;
    }

    private static string Excerpt(string s) => s.Length <= 400 ? Escaped(s) : Escaped(s[..400]) + $"… ({s.Length} chars)";

    private static string Escaped(string s) =>
        string.Concat(s.Select(c => char.IsControl(c) || char.IsSurrogate(c) ? $"\\u{(int)c:X4}" : c.ToString()));
}
