using System.Reflection;
using Microsoft.AspNetCore.Http;

namespace Sitrep.Web;

/// <summary>The page's files, compiled into this assembly as resources named <c>page/FILE</c>.</summary>
internal static class PageFiles
{
    private static readonly Assembly Assembly = typeof(PageFiles).Assembly;

    private static readonly Dictionary<string, string> ContentTypes = new()
    {
        [".html"] = "text/html; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".json"] = "application/json; charset=utf-8",
    };

    public static IEnumerable<string> Names =>
        Assembly.GetManifestResourceNames().Where(n => n.StartsWith("page/", StringComparison.Ordinal)).Select(n => n["page/".Length..]);

    public static IResult Serve(string name)
    {
        var stream = Assembly.GetManifestResourceStream("page/" + name);
        return stream is null ? Results.NotFound() : Results.Stream(stream, ContentTypes[Path.GetExtension(name)]);
    }
}
