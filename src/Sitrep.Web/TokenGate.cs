using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Sitrep.Web;

/// <summary>
/// Checks the access token on every request, page and API alike: <c>Authorization: Bearer TOKEN</c>,
/// <c>?token=TOKEN</c>, or the cookie set when a valid <c>?token=</c> opened the page (so the page's own
/// scripts and styles load). Anything else gets 401.
/// </summary>
internal sealed class TokenGate(string token)
{
    public const string CookieName = "sitrep_token";

    private readonly byte[] _expected = Encoding.UTF8.GetBytes(token);

    public async Task Check(HttpContext context, RequestDelegate next)
    {
        var request = context.Request;
        var fromQuery = request.Query["token"].ToString();
        var header = request.Headers.Authorization.ToString();
        var fromHeader = header.StartsWith("Bearer ", StringComparison.Ordinal) ? header["Bearer ".Length..] : "";
        var fromCookie = request.Cookies[CookieName] ?? "";
        if (Matches(fromQuery))
        {
            context.Response.Cookies.Append(CookieName, fromQuery,
                new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Strict, Path = "/" });
        }
        else if (!Matches(fromHeader) && !Matches(fromCookie))
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            context.Response.Headers.WWWAuthenticate = "Bearer";
            await context.Response.WriteAsync("a valid token is required: Authorization: Bearer TOKEN or ?token=TOKEN");
            return;
        }
        await next(context);
    }

    private bool Matches(string candidate) =>
        candidate.Length > 0 && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(candidate), _expected);
}
