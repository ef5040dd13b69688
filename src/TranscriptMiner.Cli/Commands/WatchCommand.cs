using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TranscriptMiner.Cli.Watch;

namespace TranscriptMiner.Cli.Commands;

/// <summary>
/// <c>transcriptminer watch [folders...]</c>: the long-running worker: watches folders (arguments, or
/// <c>TranscriptMiner:Watch:Folders</c>) and keeps the workspace in step with them until Ctrl+C or SIGTERM.
/// </summary>
internal sealed class WatchCommand
{
    private readonly GlobalOptions _globals;
    private readonly TextWriter _error;

    private readonly Argument<string[]> _folders = new("folders") { Description = "Folders to watch (default: TranscriptMiner:Watch:Folders in configuration).", Arity = ArgumentArity.ZeroOrMore };

    public WatchCommand(GlobalOptions globals, TextWriter error)
    {
        _globals = globals;
        _error = error;
        Command = new Command("watch", "Watch folders and ingest files as they land (new, changed, deleted); runs until Ctrl+C or SIGTERM, also as a systemd service.")
        {
            _folders,
        };
        Command.SetAction(RunAsync);
    }

    public Command Command { get; }

    private async Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        IHost host;
        try
        {
            host = WatchHost.Build(_globals.ToConfiguration(parseResult), parseResult.GetValue(_folders) ?? []);
        }
        catch (ArgumentException exception)
        {
            await _error.WriteLineAsync($"error: {exception.Message}").ConfigureAwait(false);
            return CliApplication.BadArguments;
        }

        using (host)
        {
            var session = host.Services.GetRequiredService<WatchSession>();
            if (!await CheckFoldersAsync(session, _error).ConfigureAwait(false))
            {
                return CliApplication.BadArguments;
            }

            try
            {
                await host.RunAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // Ctrl+C while starting.
            }

            return session.ExitCode;
        }
    }

    /// <summary>Checks that there are folders to watch and that they exist; each problem is written to <paramref name="error"/>.</summary>
    /// <param name="session">The watch session (its folders).</param>
    /// <param name="error">Where problems go.</param>
    /// <returns><see langword="true"/> when watching can start.</returns>
    public static async Task<bool> CheckFoldersAsync(WatchSession session, TextWriter error)
    {
        if (session.Folders.Count == 0)
        {
            await error.WriteLineAsync("error: no folders to watch (pass them as arguments or set TranscriptMiner:Watch:Folders)").ConfigureAwait(false);
            return false;
        }

        var missing = session.Folders.Where(f => !Directory.Exists(f)).ToList();
        foreach (var folder in missing)
        {
            await error.WriteLineAsync($"error: {folder}: no such folder").ConfigureAwait(false);
        }

        return missing.Count == 0;
    }
}
