using System.CommandLine;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TranscriptMiner.Cli.Watch;
using TranscriptMiner.Cli.Web;
using TranscriptMiner.Core.Catalog;

namespace TranscriptMiner.Cli.Commands;

/// <summary>
/// <c>transcriptminer serve [--urls http://127.0.0.1:5080] [--watch [folders...]]</c>: the web workbench (search,
/// documents, keyboard review, codebook and dashboard, downloads), optionally with the watch worker in the same
/// process; runs until Ctrl+C or SIGTERM.
/// </summary>
internal sealed class ServeCommand
{
    private readonly GlobalOptions _globals;
    private readonly TextWriter _output;
    private readonly TextWriter _error;

    private readonly Option<string?> _urls = new("--urls") { Description = "Addresses to listen on, separated by ';' (default TranscriptMiner:Serve:Urls, http://127.0.0.1:5080). Other than loopback needs TranscriptMiner:Serve:AccessToken." };
    private readonly Option<string[]> _watch = new("--watch") { HelpName = "folders", Description = "Also watch these folders and ingest what lands there (no folder: TranscriptMiner:Watch:Folders).", Arity = ArgumentArity.ZeroOrMore, AllowMultipleArgumentsPerToken = true };

    public ServeCommand(GlobalOptions globals, TextWriter output, TextWriter error)
    {
        _globals = globals;
        _output = output;
        _error = error;
        Command = new Command("serve", "Serve the web workbench on this machine (search, documents, keyboard review, codebook, dashboard); with --watch, ingest watched folders in the same process.")
        {
            _urls,
            _watch,
        };
        Command.SetAction(RunAsync);
    }

    public Command Command { get; }

    private async Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var watching = parseResult.GetResult(_watch) is not null;
        WebApplication app;
        try
        {
            app = WorkbenchHost.Build(_globals.ToConfiguration(parseResult), parseResult.GetValue(_urls), watching ? parseResult.GetValue(_watch) ?? [] : null);
        }
        catch (ArgumentException exception)
        {
            await _error.WriteLineAsync($"error: {exception.Message}").ConfigureAwait(false);
            return CliApplication.BadArguments;
        }

        await using (app.ConfigureAwait(false))
        {
            var session = watching ? app.Services.GetRequiredService<WatchSession>() : null;
            if (session is not null && !await WatchCommand.CheckFoldersAsync(session, _error).ConfigureAwait(false))
            {
                return CliApplication.BadArguments;
            }

            // The watcher needs the workspace lock: a workspace in use is said plainly before anything starts.
            if (session is not null)
            {
                using var workspace = await WorkspaceCommands.TryOpenForWritingAsync(
                    app.Services.GetRequiredService<WorkspaceLayout>(), app.Services.GetRequiredService<WorkspaceOptions>(), _error).ConfigureAwait(false);
                if (workspace is null)
                {
                    return CliApplication.Failed;
                }
            }

            try
            {
                await app.StartAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return CliApplication.Success;
            }
            catch (OperationCanceledException) when (session is { ExitCode: not CliApplication.Success })
            {
                // The watcher failed while starting (its reason is logged) and stopped the host.
                return session.ExitCode;
            }
            catch (IOException exception)
            {
                await _error.WriteLineAsync($"error: cannot listen: {exception.Message}").ConfigureAwait(false);
                return CliApplication.Failed;
            }

            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            foreach (var address in addresses)
            {
                await _output.WriteLineAsync($"Workbench: {address}/ (Ctrl+C to stop)").ConfigureAwait(false);
            }

            await _output.FlushAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                await app.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // Ctrl+C.
            }

            await app.StopAsync(CancellationToken.None).ConfigureAwait(false);
            return session?.ExitCode ?? CliApplication.Success;
        }
    }
}
