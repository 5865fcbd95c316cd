namespace Sitrep.Tests.Export;

/// <summary>Approved outputs of the exports, kept beside these tests and copied to the test output folder.</summary>
internal static class ExportGolden
{
    public static string Read(string name) => File.ReadAllText(Path.Combine("Export", name));

    public static string Write(Action<TextWriter> export)
    {
        using var writer = new StringWriter();
        export(writer);
        return writer.ToString();
    }
}
