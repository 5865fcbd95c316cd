namespace Sitrep.Resources;

/// <summary>
/// Finds the <c>resources/</c> folder: <c>$SITREP_RESOURCES</c> when set, else the copy beside the binary.
/// </summary>
public static class ResourcePaths
{
    public static string Root
    {
        get
        {
            var fromEnv = Environment.GetEnvironmentVariable("SITREP_RESOURCES");
            if (!string.IsNullOrEmpty(fromEnv)) return fromEnv;
            return Path.Combine(AppContext.BaseDirectory, "resources");
        }
    }

    public static string Language(string language) => Path.Combine(Root, "lang", language);

    public static string Shared => Path.Combine(Root, "lang", "shared");

    public static string Places => Path.Combine(Root, "places");
}
