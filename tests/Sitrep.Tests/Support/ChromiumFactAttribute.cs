namespace Sitrep.Tests.Support;

/// <summary>
/// A test that needs Debian's chromium (`bash scripts/chromium.sh` installs it). It is skipped, saying why,
/// only on a machine where the script was not run and CI is not set; in CI a missing browser fails the test.
/// </summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (!HeadlessChromium.IsInstalled && Environment.GetEnvironmentVariable("CI") != "true")
            Skip = $"{HeadlessChromium.Executable} is missing: run `bash scripts/chromium.sh` (as root) to install Debian's chromium";
    }
}
