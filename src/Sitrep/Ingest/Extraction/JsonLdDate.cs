using System.Text.Json;
using AngleSharp.Dom;
using Sitrep.Ingest.Sources;
using Sitrep.Model;

namespace Sitrep.Ingest.Extraction;

/// <summary>The first <c>datePublished</c> of a page's JSON-LD blocks (schema.org's NewsArticle and kin), nested or in a <c>@graph</c>.</summary>
internal static class JsonLdDate
{
    public static PartialDate? Of(IDocument page)
    {
        foreach (var script in page.QuerySelectorAll("script[type='application/ld+json']"))
        {
            if (Find(script.TextContent) is { } date) return date;
        }
        return null;
    }

    /// <summary>Searches breadth first with a queue, not by recursion; JSON deeper than the parser's 64 levels, or not JSON at all, is ignored.</summary>
    private static PartialDate? Find(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var queue = new Queue<JsonElement>([document.RootElement]);
            while (queue.Count > 0)
            {
                var element = queue.Dequeue();
                if (element.ValueKind == JsonValueKind.Array)
                {
                    foreach (var item in element.EnumerateArray()) queue.Enqueue(item);
                    continue;
                }
                if (element.ValueKind != JsonValueKind.Object) continue;
                if (element.TryGetProperty("datePublished", out var value) && value.ValueKind == JsonValueKind.String
                    && FeedDate.Parse(value.GetString()) is { } date)
                    return date;
                foreach (var property in element.EnumerateObject()) queue.Enqueue(property.Value);
            }
        }
        catch (JsonException)
        {
            // Pages ship broken JSON-LD often enough; the other date sources remain.
        }
        return null;
    }
}
