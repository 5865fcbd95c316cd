using System.Runtime.CompilerServices;
using Sitrep.Storage;

namespace Sitrep.Tests.Support;

/// <summary>
/// SQLite takes its process-wide settings only before its first connection, and some tests open files directly:
/// applied as the test assembly loads, the whole suite runs SQLite as `sitrep` does, whatever the tests' order.
/// </summary>
internal static class SqliteSettingsFirst
{
#pragma warning disable CA2255 // A test assembly, not a library: the settings must precede every test.
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void Apply() => SqliteLibrary.EnsureConfigured();
}
