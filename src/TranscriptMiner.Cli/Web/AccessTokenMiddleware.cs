using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace TranscriptMiner.Cli.Web;

/// <summary>
/// Lets a request through only when it carries the configured access token: as <c>Authorization: Bearer TOKEN</c>, as
/// the <c>tm_token</c> cookie, or as <c>?token=TOKEN</c> (which sets the cookie and redirects to the same page without it,
/// so the token does not stay in the address bar or the history).
/// </summary>
/// <remarks>Tokens are compared in constant time. Without a configured token the middleware is not installed.</remarks>
internal sealed class AccessTokenMiddleware
{
    /// <summary>The cookie the page keeps the token in.</summary>
    public const string CookieName = "tm_token";

    private readonly RequestDelegate _next;
    private readonly byte[] _expected;

    /// <summary>Initializes the middleware.</summary>
    /// <param name="next">The rest of the pipeline.</param>
    /// <param name="token">The configured token (not empty).</param>
    public AccessTokenMiddleware(RequestDelegate next, string token)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(token);
        _next = next;
        _expected = SHA256.HashData(Encoding.UTF8.GetBytes(token));
    }

    /// <summary>Checks the request.</summary>
    /// <param name="context">The request.</param>
    /// <returns>A task.</returns>
    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        var header = request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) && Matches(header["Bearer ".Length..].Trim()))
        {
            await _next(context).ConfigureAwait(false);
            return;
        }

        if (request.Cookies.TryGetValue(CookieName, out var cookie) && Matches(cookie))
        {
            await _next(context).ConfigureAwait(false);
            return;
        }

        if (request.Query.TryGetValue("token", out var given) && Matches(given.ToString()))
        {
            context.Response.Cookies.Append(CookieName, given.ToString(), new CookieOptions
            {
                HttpOnly = true,
                SameSite = SameSiteMode.Strict,
                Secure = request.IsHttps,
                Path = "/",
            });
            var rest = request.Query.Where(pair => pair.Key != "token").Select(pair => $"{Uri.EscapeDataString(pair.Key)}={Uri.EscapeDataString(pair.Value.ToString())}");
            var query = string.Join('&', rest);
            context.Response.Redirect(request.PathBase + request.Path + (query.Length > 0 ? "?" + query : string.Empty));
            return;
        }

        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        context.Response.Headers.WWWAuthenticate = "Bearer";
        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync("This workbench needs its access token: open it as /?token=TOKEN (TranscriptMiner:Serve:AccessToken), or send Authorization: Bearer TOKEN.\n").ConfigureAwait(false);
    }

    private bool Matches(string candidate) =>
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(candidate)), _expected);
}
