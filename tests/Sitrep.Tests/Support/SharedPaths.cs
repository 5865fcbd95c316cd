namespace Sitrep.Tests.Support;

/// <summary>The project's <c>shared/</c> folder (spec, seeds, gold), found by walking up from the test binary.</summary>
public static class SharedPaths
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var shared = Path.Combine(dir.FullName, "shared");
            if (File.Exists(Path.Combine(shared, "spec", "EVENTS.md")))
                return shared;
        }
        throw new DirectoryNotFoundException($"no shared/spec/EVENTS.md above {AppContext.BaseDirectory}");
    }
}
