using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Sitrep.Web.Api;

/// <summary>A whole number from the query string, within bounds, or a <see cref="BadQueryException"/> saying which.</summary>
internal static class QueryNumber
{
    public static int Read(IQueryCollection query, string name, int fallback, int min, int max)
    {
        var text = query[name].ToString();
        if (text.Length == 0) return fallback;
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max
            ? n
            : throw new BadQueryException($"{name} must be a whole number from {min} to {max}, not \"{text}\"");
    }
}
