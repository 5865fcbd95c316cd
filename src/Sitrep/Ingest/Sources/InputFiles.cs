namespace Sitrep.Ingest.Sources;

/// <summary>
/// Expands the paths a user gives into input files, lazily. A folder is walked recursively in
/// ordinal name order (the same order on every machine), skipping hidden entries, symbolic links
/// to folders (which could loop) and files whose extension Ingest does not read. A file named
/// directly is read whatever its extension: as plain text when the extension is unknown.
/// </summary>
internal static class InputFiles
{
    private static readonly EnumerationOptions OneLevel = new()
    {
        IgnoreInaccessible = true,
        AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
        RecurseSubdirectories = false,
    };

    public static IEnumerable<InputFile> Expand(string path)
    {
        if (File.Exists(path)) return [new InputFile(path, InputFile.KindOf(path) ?? InputKind.Text)];
        if (Directory.Exists(path)) return Walk(new DirectoryInfo(path), path);
        return [new InputFile(path, InputKind.Missing)];
    }

    private static IEnumerable<InputFile> Walk(DirectoryInfo folder, string shownPath)
    {
        var entries = folder.EnumerateFileSystemInfos("*", OneLevel)
            .Where(e => !e.Name.StartsWith('.'))
            .OrderBy(e => e.Name, StringComparer.Ordinal)
            .ToList();
        foreach (var entry in entries)
        {
            var entryPath = Path.Combine(shownPath, entry.Name);
            if (entry is DirectoryInfo sub)
            {
                if (sub.LinkTarget is not null) continue;
                foreach (var file in Walk(sub, entryPath)) yield return file;
            }
            else if (InputFile.KindOf(entry.Name) is { } kind)
            {
                yield return new InputFile(entryPath, kind);
            }
        }
    }
}
