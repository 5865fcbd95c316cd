using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using Sitrep.Resources;

namespace Sitrep;

/// <summary>
/// What coded a stored document: the hash of the language's resources (<see cref="ResourceVersion"/>), then a hash of the
/// code, this assembly's build and the builds of the libraries beside it (Microsoft.Recognizers among them). A run skips
/// a document stored from the same content by the same coder, since coding it again would change nothing; a changed
/// dictionary or another build of Sitrep codes it again. (The runtime's own assemblies are left out: a patch of .NET
/// would otherwise code a whole store again.) A native (AOT) build has no assemblies to list: its code, the libraries'
/// and the runtime's, is one executable, whose bytes are the build.
/// </summary>
public static class CoderVersion
{
    private static readonly Lazy<string> Code = new(CodeHash);

    // Hashing a language's resources reads every file of them: once per process and language (a queue asks per document).
    private static readonly ConcurrentDictionary<string, string> ByLanguage = new(StringComparer.Ordinal);

    public static string Of(string language) => ByLanguage.GetOrAdd(language, l => $"{ResourceVersion.Of(l)}.{Code.Value}");

    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "A native build never lists its assemblies: its compiler drops that branch (AssemblyFiles is false there).")]
    [UnconditionalSuppressMessage("SingleFile", "IL3002", Justification = "A native build never lists its assemblies: its compiler drops that branch (AssemblyFiles is false there).")]
    private static string CodeHash() =>
        Convert.ToHexStringLower(AssemblyFiles ? LibrariesHash() : FileHash(Environment.ProcessPath!))[..8];

    /// <summary>False in a native build (src/BatchRuntime.props sets it), whose compiler then drops the branch that lists assemblies.</summary>
    [FeatureSwitchDefinition("Sitrep.AssemblyFiles")]
    private static bool AssemblyFiles => !AppContext.TryGetSwitch("Sitrep.AssemblyFiles", out var files) || files;

    /// <summary>The hash of this assembly's build and the builds of the libraries it references, one a line.</summary>
    [RequiresUnreferencedCode("Lists the assemblies this one references.")]
    [RequiresAssemblyFiles("Tells the runtime's assemblies by their folder.")]
    internal static byte[] LibrariesHash()
    {
        var coder = typeof(CoderVersion).Assembly;
        var identity = new StringBuilder(coder.ManifestModule.ModuleVersionId.ToString());
        var runtime = RuntimeEnvironment.GetRuntimeDirectory();
        foreach (var name in coder.GetReferencedAssemblies().Select(a => a.FullName).Order(StringComparer.Ordinal))
        {
            identity.Append('\n').Append(name);
            if (Build(name, runtime) is { } build) identity.Append(' ').Append(build);
        }
        return SHA256.HashData(Encoding.UTF8.GetBytes(identity.ToString()));
    }

    /// <summary>The hash of a native build: its executable's bytes.</summary>
    internal static byte[] FileHash(string path)
    {
        using var file = File.OpenRead(path);
        return SHA256.HashData(file);
    }

    /// <summary>The build of a library shipped beside Sitrep; null for the runtime's own, or one that cannot be loaded (its name stands for it).</summary>
    [RequiresAssemblyFiles("Tells the runtime's assemblies by their folder.")]
    private static Guid? Build(string name, string runtime)
    {
        try
        {
            var library = Assembly.Load(name);
            return library.Location.StartsWith(runtime, StringComparison.Ordinal) ? null : library.ManifestModule.ModuleVersionId;
        }
        catch (Exception e) when (e is FileNotFoundException or FileLoadException or BadImageFormatException)
        {
            return null;
        }
    }
}
