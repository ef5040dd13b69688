using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using TranscriptMiner.Core.Catalog;

namespace TranscriptMiner.Web.Tests.Api;

/// <summary>The program under <c>serve</c>: it says where it listens, answers there, refuses a port or a workspace in use, and stops cleanly on SIGTERM.</summary>
public sealed partial class ServeProcessTests : IAsyncLifetime
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);
    private SampleWorkspace? _workspace;

    public async Task InitializeAsync() => _workspace = await SampleWorkspace.CreateAsync();

    [Fact]
    public async Task Serve_prints_its_address_answers_there_and_stops_cleanly_on_sigterm()
    {
        using var server = Start("http://127.0.0.1:0");
        var stderr = server.StandardError.ReadToEndAsync();

        var address = await ReadAddressAsync(server);
        using var client = new HttpClient { BaseAddress = address };
        Assert.Equal(IPAddress.Loopback.ToString(), address.Host);
        Assert.Contains("<title>TranscriptMiner</title>", await client.GetStringAsync(new Uri("/", UriKind.Relative)), StringComparison.Ordinal);
        var search = await client.GetAsync(new Uri("/api/search?q=clinicians", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, search.StatusCode);

        using (var term = Process.Start("kill", ["-TERM", server.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            await term!.WaitForExitAsync();
        }

        await server.WaitForExitAsync().WaitAsync(Deadline);
        Assert.True(server.ExitCode == 0, $"exit code {server.ExitCode}: {await stderr}");
    }

    [Fact]
    public async Task A_port_already_in_use_is_a_clear_error_not_a_crash()
    {
        using var holder = new TcpListener(IPAddress.Loopback, 0);
        holder.Start();
        var port = ((IPEndPoint)holder.LocalEndpoint).Port;

        using var server = Start(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}"));
        var stderr = server.StandardError.ReadToEndAsync();
        await server.WaitForExitAsync().WaitAsync(Deadline);

        Assert.Equal(1, server.ExitCode);
        Assert.Contains("error: cannot listen", await stderr, StringComparison.Ordinal);
        Assert.Contains(port.ToString(CultureInfo.InvariantCulture), await stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_with_watch_on_a_workspace_in_use_says_so_and_starts_nothing()
    {
        var inbox = Directory.CreateDirectory(Path.Combine(_workspace!.Root, "inbox")).FullName;
        using var holder = CatalogWorkspace.OpenForWriting(new WorkspaceLayout(_workspace.Root));

        var (code, output, error) = await _workspace.RunAsync("serve", "--urls", "http://127.0.0.1:0", "--watch", inbox);

        Assert.Equal(1, code);
        Assert.Contains("in use", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Workbench:", output, StringComparison.Ordinal);
    }

    public Task DisposeAsync()
    {
        _workspace?.Dispose();
        return Task.CompletedTask;
    }

    private Process Start(string urls)
    {
        var program = Path.Combine(AppContext.BaseDirectory, "transcriptminer.dll");
        var start = new ProcessStartInfo("dotnet", [program, "serve", "--urls", urls, "--workspace", _workspace!.Root])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["CI"] = "true" },
        };
        return Process.Start(start) ?? throw new InvalidOperationException("could not start transcriptminer serve");
    }

    private static async Task<Uri> ReadAddressAsync(Process server)
    {
        using var timeout = new CancellationTokenSource(Deadline);
        while (await server.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            var match = AddressLine().Match(line);
            if (match.Success)
            {
                return new Uri(match.Groups[1].Value);
            }
        }

        throw new InvalidOperationException("serve ended without printing its address");
    }

    [GeneratedRegex(@"^Workbench: (http://\S+/) ")]
    private static partial Regex AddressLine();
}
