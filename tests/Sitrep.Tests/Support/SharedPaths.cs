namespace Sitrep.Tests.Support;

/// <summary>
/// The project's <c>shared/</c> folder (corpus, gold, spec), which lies beside the repository:
/// found by walking up from the test binary to the first folder that has a <c>shared/</c> child.
/// </summary>
public static class SharedPaths
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared");
            if (Directory.Exists(candidate)) return candidate;
        }
        throw new DirectoryNotFoundException($"no shared/ folder above {AppContext.BaseDirectory}");
    }
}
