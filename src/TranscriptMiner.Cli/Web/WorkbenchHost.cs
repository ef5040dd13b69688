using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using TranscriptMiner.Cli.Hosting;
using TranscriptMiner.Cli.Watch;

namespace TranscriptMiner.Cli.Web;

/// <summary>
/// Builds the host of <c>transcriptminer serve</c>: the web workbench (minimal APIs under <c>/api</c> and the static
/// page) on the same host, configuration and services as every other command, plus the watch worker when asked.
/// </summary>
/// <remarks>
/// Loopback by default. An address other than loopback is refused unless <c>TranscriptMiner:Serve:AccessToken</c> is
/// set; a set token is then checked on every request. Without a token, requests must name a loopback host (a defence
/// against DNS rebinding), and every change is a JSON POST, which a foreign page cannot send without a preflight that
/// is never granted.
/// </remarks>
internal static class WorkbenchHost
{
    /// <summary>Builds the workbench.</summary>
    /// <param name="overrides">Configuration overrides (command-line options).</param>
    /// <param name="urls">The <c>--urls</c> value, or <see langword="null"/> for <c>TranscriptMiner:Serve:Urls</c>.</param>
    /// <param name="watchFolders">Folders to watch in the same process (empty: those in configuration), or <see langword="null"/> not to watch.</param>
    /// <param name="configure">A last change to the builder (tests put the test server in).</param>
    /// <returns>The application, not started.</returns>
    /// <exception cref="ArgumentException">An address is malformed, or not loopback while no access token is configured.</exception>
    public static WebApplication Build(IReadOnlyDictionary<string, string?> overrides, string? urls, IReadOnlyList<string>? watchFolders, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ContentRootPath = AppContext.BaseDirectory,
            ApplicationName = typeof(WorkbenchHost).Assembly.GetName().Name,
            Args = [],
        });
        TranscriptMinerHost.Configure(builder, overrides);

        var serve = ServeOptions.From(builder.Configuration);
        if (urls is not null)
        {
            serve.Urls = urls;
        }

        var addresses = BindingAddresses.Split(serve.Urls);
        if (addresses.Count == 0)
        {
            throw new ArgumentException("no address to serve on (--urls or TranscriptMiner:Serve:Urls)");
        }

        List<string> remote;
        try
        {
            remote = [.. addresses.Where(address => !BindingAddresses.IsLoopback(address))];
        }
        catch (FormatException exception)
        {
            throw new ArgumentException(exception.Message, exception);
        }

        var hasToken = !string.IsNullOrWhiteSpace(serve.AccessToken);
        if (remote.Count > 0 && !hasToken)
        {
            throw new ArgumentException($"{remote[0]} is not a loopback address: serving beyond this machine needs an access token (set TranscriptMiner:Serve:AccessToken, e.g. the environment variable TranscriptMiner__Serve__AccessToken)");
        }

        builder.WebHost.UseUrls([.. addresses]);
        builder.Services.AddSingleton(serve);
        builder.Services.AddSingleton<WorkbenchWorkspace>();
        builder.Services.AddProblemDetails();

        // A parameter that does not bind (page=abc) throws, so ApiErrorMiddleware answers 400 with the reason.
        builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        builder.Services.ConfigureHttpJsonOptions(options => options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase)));
        if (!hasToken)
        {
            builder.Services.AddHostFiltering(options => options.AllowedHosts = ["localhost", "127.0.0.1", "[::1]"]);
        }

        if (watchFolders is not null)
        {
            WatchHost.AddWatchServices(builder.Services, watchFolders);
        }

        configure?.Invoke(builder);
        var app = builder.Build();
        if (hasToken)
        {
            app.UseMiddleware<AccessTokenMiddleware>(serve.AccessToken.Trim());
        }
        else
        {
            app.UseHostFiltering();
        }

        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; frame-ancestors 'none'";
            headers["Referrer-Policy"] = "no-referrer";
            await next(context).ConfigureAwait(false);
        });
        app.UseWhen(context => context.Request.Path.StartsWithSegments("/api"), api => api.UseMiddleware<ApiErrorMiddleware>());

        var page = new EmbeddedFileProvider(typeof(WorkbenchHost).Assembly, "TranscriptMiner.Cli.Web.wwwroot");
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = page });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = page,
            OnPrepareResponse = context => context.Context.Response.Headers.CacheControl = "no-cache",
        });
        WorkbenchApi.Map(app);
        return app;
    }
}
