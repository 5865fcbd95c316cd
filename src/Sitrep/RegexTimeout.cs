namespace Sitrep;

/// <summary>
/// The longest one regular expression match may run. Every pattern in Sitrep is linear, but a timeout
/// makes that a guarantee: a match that runs away fails its document instead of stalling the batch.
/// </summary>
internal static class RegexTimeout
{
    public const int Milliseconds = 1000;
}
