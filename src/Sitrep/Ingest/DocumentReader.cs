using System.Globalization;
using Sitrep.Ingest.Cleaning;
using Sitrep.Ingest.Extraction;
using Sitrep.Ingest.Sources;
using Sitrep.Model;
using Sitrep.Resources;

namespace Sitrep.Ingest;

/// <summary>
/// The Ingest stage: turns files, folders, JSONL document lists, HTML pages and RSS/Atom feeds
/// into <see cref="Document"/>s. Built once with its language resources, then immutable and safe
/// to share between threads.
/// </summary>
/// <remarks>
/// Results stream one per document or per failure, in input order; nothing is held in memory
/// but the ids already seen. A bad input never throws: it gives <see cref="IngestResult.Failed"/>
/// and the batch goes on. A document whose id, or whose outlet and text, was already read in
/// the same enumeration is skipped without a result and counted in <see cref="IngestTally.Duplicates"/>.
/// </remarks>
public sealed class DocumentReader
{
    private readonly TextCleaner _cleaner;
    private readonly ArticleExtractor _extractor;
    private readonly IngestLimits _limits;

    private DocumentReader(TextCleaner cleaner, ArticleExtractor extractor, IngestLimits limits)
    {
        _cleaner = cleaner;
        _extractor = extractor;
        _limits = limits;
    }

    /// <summary>Loads <c>lang/shared/boilerplate.txt</c>, <c>lang/{language}/boilerplate.txt</c> and <c>html/article-hints.tsv</c>.</summary>
    public static DocumentReader Load(string language = "fr", IngestLimits? limits = null)
    {
        var boilerplate = BoilerplateFilter.Load(
        [
            Path.Combine(ResourcePaths.Shared, "boilerplate.txt"),
            Path.Combine(ResourcePaths.Language(language), "boilerplate.txt"),
        ]);
        return new DocumentReader(new TextCleaner(boilerplate), ArticleExtractor.Load(), limits ?? IngestLimits.Default);
    }

    public IEnumerable<IngestResult> ReadAll(IEnumerable<string> paths, IngestOptions options) =>
        ReadAll(paths, options, new IngestTally());

    /// <summary>As <see cref="ReadAll(IEnumerable{string}, IngestOptions)"/>, counting results and skipped duplicates in <paramref name="tally"/>.</summary>
    public IEnumerable<IngestResult> ReadAll(IEnumerable<string> paths, IngestOptions options, IngestTally tally)
    {
        var seen = new SeenDocuments();
        foreach (var path in paths)
        foreach (var input in InputFiles.Expand(path))
        foreach (var item in Isolation.Of(input.Path, () => ItemsOf(input)))
        {
            var result = Isolated(item, options, seen);
            switch (result)
            {
                case null:
                    tally.Duplicates++;
                    continue;
                case IngestResult.Failed:
                    tally.Failed++;
                    break;
                default:
                    tally.Read++;
                    break;
            }
            yield return result;
        }
    }

    private IEnumerable<SourceItem> ItemsOf(InputFile input) => input.Kind switch
    {
        InputKind.Missing => throw new UnreadableInputException("no such file or folder"),
        InputKind.Jsonl => JsonlList.Read(input.Path, _limits, _extractor),
        InputKind.Feed => Feed.Read(input.Path, _limits),
        _ => [SingleFile.Read(input.Path, _limits, _extractor)],
    };

    /// <summary>As <see cref="Finish"/>, with any exception turned into a failure of that item alone.</summary>
    private IngestResult? Isolated(SourceItem item, IngestOptions options, SeenDocuments seen)
    {
        try
        {
            return Finish(item, options, seen);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return new IngestResult.Failed(item.Origin, FailureReason.Of(e));
        }
    }

    /// <summary>The result for one item, or null for a duplicate to skip.</summary>
    private IngestResult? Finish(SourceItem item, IngestOptions options, SeenDocuments seen)
    {
        if (item is Problem problem) return new IngestResult.Failed(problem.Origin, problem.Reason);
        var draft = (Draft)item;
        if (draft.Text.Length > _limits.MaxTextChars)
            return new IngestResult.Failed(draft.Origin, string.Create(
                CultureInfo.InvariantCulture, $"text has {draft.Text.Length} characters, over the {_limits.MaxTextChars} limit"));
        var clean = _cleaner.Clean(draft.Text, draft.Title);
        if (clean.Text.Length == 0)
            return new IngestResult.Failed(draft.Origin, string.IsNullOrWhiteSpace(draft.Text) ? "no text" : "no text left once boilerplate is removed");
        var outlet = draft.Outlet ?? options.Outlet;
        var id = draft.Id ?? DocumentId.FromContent(outlet, clean.Text);
        if (!seen.Add(id, outlet, clean.Text)) return null;
        return new IngestResult.Read(new Document(
            id,
            outlet,
            draft.Published ?? options.Published,
            draft.Language ?? options.Language,
            clean.Title,
            clean.Text,
            draft.Origin), ReadNotice.Of(draft.Guess, clean.MojibakeRepaired, clean.Text));
    }
}
