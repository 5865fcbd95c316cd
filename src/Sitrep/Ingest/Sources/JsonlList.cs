using System.Globalization;
using System.Text;
using System.Text.Json;
using Sitrep.Ingest.Decoding;
using Sitrep.Ingest.Extraction;
using Sitrep.Model;

namespace Sitrep.Ingest.Sources;

/// <summary>
/// Reads a JSONL document list line by line: each line an object with <c>id</c>, <c>outlet</c>,
/// <c>published</c> (YYYY-MM-DD, YYYY-MM, YYYY or null), <c>language</c>, <c>title</c>, and either
/// <c>text</c> or <c>path</c> (a text or HTML file, relative to the JSONL file; <c>text</c> wins
/// when both are given). A bad line is reported with its line number and the others are still read.
/// </summary>
internal static class JsonlList
{
    public static IEnumerable<SourceItem> Read(string path, IngestLimits limits, ArticleExtractor extractor)
    {
        using var file = File.OpenRead(path);
        var bom = ReadableStart(file);
        // Replacement rather than strict decoding: one badly encoded line must not stop the list.
        using var utf8 = bom is { IsWide: true }
            ? Encoding.CreateTranscodingStream(file, Encoding.GetEncoding(bom.Encoding.CodePage), Encoding.UTF8)
            : file;
        var lines = new Utf8Lines(utf8, limits.MaxFileBytes);
        var lineNo = 0;
        var items = 0;
        while (lines.TryRead(out var line, out var overLimit))
        {
            lineNo++;
            if (!overLimit && IsBlank(line.Span)) continue;
            items++;
            var origin = $"{path}:{lineNo}";
            yield return overLimit
                ? new Problem(origin, string.Create(CultureInfo.InvariantCulture, $"line is over the limit of {limits.MaxFileBytes} bytes"))
                : ReadLine(path, origin, line, limits, extractor);
        }
        if (items == 0) throw new UnreadableInputException("no documents: only blank lines");
    }

    /// <summary>Refuses a binary file, then leaves the stream after the byte order mark, if any, and returns it.</summary>
    private static Bom? ReadableStart(FileStream stream)
    {
        var head = new byte[BinarySniffer.HeadLength];
        var length = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        if (length == 0) throw new UnreadableInputException("empty file");
        BinarySniffer.RejectBinaryHead(head.AsSpan(0, length));
        var bom = Bom.Detect(head.AsSpan(0, length));
        stream.Position = bom?.Mark.Length ?? 0;
        return bom;
    }

    /// <summary>Only white space, a no-break space or another of Unicode's included, as when lines were read as text.</summary>
    private static bool IsBlank(ReadOnlySpan<byte> line)
    {
        var other = line.IndexOfAnyExcept(" \t\n\v\f\r"u8);
        return other < 0 || (line[other] >= 0x80 && Encoding.UTF8.GetString(line).AsSpan().IsWhiteSpace());
    }

    /// <param name="line">The line's UTF-8 bytes, read before the next line replaces them.</param>
    private static SourceItem ReadLine(string listPath, string origin, ReadOnlyMemory<byte> line, IngestLimits limits, ArticleExtractor extractor)
    {
        try
        {
            using var json = JsonDocument.Parse(line);
            if (json.RootElement.ValueKind != JsonValueKind.Object)
                return new Problem(origin, $"expected a JSON object, found {json.RootElement.ValueKind}");
            var fields = json.RootElement;
            var published = String(fields, "published");
            PartialDate? date = null;
            if (published is not null)
            {
                if (!PartialDate.TryParse(published, out var parsed))
                    return new Problem(origin, $"published \"{published}\" is not YYYY-MM-DD, YYYY-MM or YYYY");
                date = parsed;
            }
            var found = Body(listPath, origin, fields, limits, extractor);
            return found with
            {
                Id = String(fields, "id") ?? found.Id,
                Outlet = String(fields, "outlet") ?? found.Outlet,
                Published = date ?? found.Published,
                Language = String(fields, "language") ?? found.Language,
                Title = String(fields, "title") ?? found.Title,
            };
        }
        catch (Exception e)
        {
            return new Problem(origin, FailureReason.Of(e));
        }
    }

    private static Draft Body(string listPath, string origin, JsonElement fields, IngestLimits limits, ArticleExtractor extractor)
    {
        if (String(fields, "text") is { } text) return new Draft(origin, text);
        if (String(fields, "path") is not { } relative)
            throw new UnreadableInputException("neither \"text\" nor \"path\" given");
        var file = Path.Combine(Path.GetDirectoryName(listPath) ?? "", relative);
        try
        {
            return SingleFile.Read(file, limits, extractor) with { Origin = origin };
        }
        catch (Exception e)
        {
            throw new UnreadableInputException($"path {relative}: {FailureReason.Of(e)}");
        }
    }

    /// <summary>A string field, or null when absent, null or blank; a number is taken as its digits (ids often are numbers).</summary>
    private static string? String(JsonElement fields, string name)
    {
        if (!fields.TryGetProperty(name, out var value)) return null;
        var s = value.ValueKind switch
        {
            JsonValueKind.String => JsonStrings.Lenient(value),
            JsonValueKind.Number => value.GetRawText(),
            JsonValueKind.Null => null,
            _ => throw new UnreadableInputException($"field \"{name}\" must be a string, not {value.ValueKind}"),
        };
        return string.IsNullOrWhiteSpace(s) ? null : s.Trim();
    }
}
