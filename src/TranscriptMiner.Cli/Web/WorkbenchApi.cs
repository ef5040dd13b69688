using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using TranscriptMiner.Cli.Web.Dashboard;
using TranscriptMiner.Cli.Web.Documents;
using TranscriptMiner.Cli.Web.Exports;
using TranscriptMiner.Cli.Web.Review;
using TranscriptMiner.Cli.Web.Search;

namespace TranscriptMiner.Cli.Web;

/// <summary>The workbench's JSON API, under <c>/api</c>: one group of endpoints per page.</summary>
internal static class WorkbenchApi
{
    /// <summary>Maps every endpoint.</summary>
    /// <param name="app">The application.</param>
    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");
        SearchEndpoints.Map(api);
        DocumentEndpoints.Map(api);
        ReviewEndpoints.Map(api);
        DashboardEndpoints.Map(api);
        ExportEndpoints.Map(api);
        api.MapFallback(Unmatched);
    }

    /// <summary>
    /// Answers a request no endpoint took: a POST that is not JSON (how a foreign page's form would arrive; routing does
    /// not match it to the JSON endpoints) is 415, anything else 404.
    /// </summary>
    private static IResult Unmatched(HttpContext context)
    {
        var request = context.Request;
        return HttpMethods.IsPost(request.Method) && !request.HasJsonContentType()
            ? Results.Problem(title: "Unsupported media type", detail: "changes are JSON POSTs (Content-Type: application/json)", statusCode: StatusCodes.Status415UnsupportedMediaType)
            : Results.Problem(title: "Not found", detail: "no such API endpoint", statusCode: StatusCodes.Status404NotFound);
    }
}
