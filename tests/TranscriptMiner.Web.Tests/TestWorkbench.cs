using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using TranscriptMiner.Cli.Web;

namespace TranscriptMiner.Web.Tests;

/// <summary>A running workbench on a workspace: on the in-memory test server (API tests) or on Kestrel at a free loopback port (browser tests).</summary>
public sealed class TestWorkbench : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TestWorkbench(WebApplication app, Uri address, HttpClient client)
    {
        _app = app;
        Address = address;
        Client = client;
    }

    /// <summary>Gets the address the workbench answers on.</summary>
    public Uri Address { get; }

    /// <summary>Gets a client for it.</summary>
    public HttpClient Client { get; }

    /// <summary>Gets the application's services.</summary>
    public IServiceProvider Services => _app.Services;

    /// <summary>Starts the workbench on the in-memory test server.</summary>
    /// <param name="workspace">The workspace folder.</param>
    /// <param name="settings">More configuration (e.g. <c>TranscriptMiner:Serve:AccessToken</c>).</param>
    /// <param name="urls">The <c>--urls</c> value (only checked: the test server listens nowhere).</param>
    public static async Task<TestWorkbench> StartInMemoryAsync(string workspace, IReadOnlyDictionary<string, string?>? settings = null, string? urls = null)
    {
        var app = WorkbenchHost.Build(Settings(workspace, settings), urls, watchFolders: null, builder => builder.WebHost.UseTestServer());
        await app.StartAsync();
        var client = app.GetTestClient();
        return new TestWorkbench(app, client.BaseAddress!, client);
    }

    /// <summary>Starts the workbench on Kestrel at a free port of 127.0.0.1, as <c>transcriptminer serve</c> does.</summary>
    /// <param name="workspace">The workspace folder.</param>
    /// <param name="watchFolders">Folders to watch in the same process, or none.</param>
    /// <param name="settings">More configuration.</param>
    public static async Task<TestWorkbench> StartOnLoopbackAsync(string workspace, IReadOnlyList<string>? watchFolders = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var app = WorkbenchHost.Build(Settings(workspace, settings), "http://127.0.0.1:0", watchFolders);
        await app.StartAsync();
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return new TestWorkbench(app, address, new HttpClient { BaseAddress = address });
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static Dictionary<string, string?> Settings(string workspace, IReadOnlyDictionary<string, string?>? settings)
    {
        var all = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase) { ["TranscriptMiner:Workspace"] = workspace };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        return all;
    }
}
