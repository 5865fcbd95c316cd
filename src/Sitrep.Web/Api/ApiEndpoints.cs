using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Sitrep.Web.Ledger;

namespace Sitrep.Web.Api;

/// <summary>The read-only JSON API under <c>/api/</c>: GET only, so any other method is answered 405.</summary>
internal static class ApiEndpoints
{
    public static void Map(IEndpointRouteBuilder app, ReadOnlyStore store, StoreLedger ledger)
    {
        var events = new EventRows(store);
        var summaries = new EventSummaries(store);
        var documents = new DocumentViews(store);
        var api = app.MapGroup("/api");
        api.MapGet("/events", (HttpRequest request) => events.Read(request.Query));
        api.MapGet("/events/types", () => summaries.Types());
        api.MapGet("/timeline", (HttpRequest request) => summaries.Timeline(request.Query));
        api.MapGet("/map", (HttpRequest request) => summaries.Map(request.Query));
        api.MapGet("/documents/{id}", (string id) =>
            documents.Read(id) is { } view ? Results.Ok(view) : Results.NotFound(new ErrorAnswer($"no document \"{id}\"")));
        api.MapGet("/ledger", (HttpRequest request) => ledger.Read(request.Query));
        api.MapGet("/framing", () => ledger.Framing());
    }

    /// <summary>A bad query string is the caller's mistake: 400 with the reason, never a stack trace.</summary>
    public static async Task AnswerBadQueries(HttpContext context, RequestDelegate next)
    {
        try
        {
            await next(context);
        }
        catch (BadQueryException e)
        {
            await TypedResults.BadRequest(new ErrorAnswer(e.Message)).ExecuteAsync(context);
        }
    }
}
