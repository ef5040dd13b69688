using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using TranscriptMiner.Core.Catalog;
using TranscriptMiner.Core.Coding;
using TranscriptMiner.Core.Exchange;
using TranscriptMiner.Core.Indexing;
using TranscriptMiner.Core.Learning;
using TranscriptMiner.Core.Search;

namespace TranscriptMiner.Cli.Web;

/// <summary>
/// Turns the typed errors an API call can meet into <c>application/problem+json</c> answers whose <c>detail</c> the page
/// shows: bad input is 400, unknown things 404, conflicts 409, a catalog, index, codebook or file failure 500 with its
/// message. Anything else is logged and answered 500 without internals.
/// </summary>
internal sealed partial class ApiErrorMiddleware
{
    private readonly RequestDelegate _next;
    private readonly ILogger<ApiErrorMiddleware> _logger;

    /// <summary>Initializes the middleware.</summary>
    /// <param name="next">The rest of the pipeline.</param>
    /// <param name="logger">Where unexpected failures go.</param>
    public ApiErrorMiddleware(RequestDelegate next, ILogger<ApiErrorMiddleware> logger)
    {
        _next = next;
        _logger = logger;
    }

    /// <summary>Runs the request and answers its failure.</summary>
    /// <param name="context">The request.</param>
    /// <returns>A task.</returns>
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await _next(context).ConfigureAwait(false);
        }
        catch (Exception exception) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            var (status, title, detail) = exception switch
            {
                WorkbenchException e => (e.StatusCode, e.StatusCode switch { 404 => "Not found", 409 => "Conflict", _ => "Bad request" }, e.Message),
                QuerySyntaxException e => (400, "Query syntax", e.Message),
                BadHttpRequestException e => (400, "Bad request", e.Message),
                CatalogException or CodebookException or IndexCorruptException or ExchangeException or ModelSetException or IOException or UnauthorizedAccessException
                    => (500, "Workspace error", exception.Message),
                _ => (500, "Unexpected error", "The workbench failed on this request; its log has the details."),
            };
            if (status == 500)
            {
                LogFailed(_logger, exception, context.Request.Method, context.Request.Path);
            }

            await Results.Problem(detail: detail, statusCode: status, title: title).ExecuteAsync(context).ConfigureAwait(false);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{Method} {Path} failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, string method, string path);
}
