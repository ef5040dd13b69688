using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using TranscriptMiner.Core.Catalog;

namespace TranscriptMiner.Cli.Commands;

/// <summary><c>transcriptminer failures</c>: the files that could not be ingested, with kind, reason and time.</summary>
internal sealed class FailuresCommand
{
    private readonly GlobalOptions _globals;
    private readonly TextWriter _output;
    private readonly TextWriter _error;

    public FailuresCommand(GlobalOptions globals, TextWriter output, TextWriter error)
    {
        _globals = globals;
        _output = output;
        _error = error;
        Command = new Command("failures", "List the files that could not be ingested (retried when they change, or with ingest --retry-failed).");
        Command.SetAction(RunAsync);
    }

    public Command Command { get; }

    private async Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        using var host = await _globals.TryBuildHostAsync(parseResult, _error).ConfigureAwait(false);
        if (host is null)
        {
            return CliApplication.BadArguments;
        }

        using var workspace = await WorkspaceCommands.TryOpenReadOnlyAsync(host.Services.GetRequiredService<WorkspaceLayout>(), host.Services.GetRequiredService<WorkspaceOptions>(), _error).ConfigureAwait(false);
        if (workspace is null)
        {
            return CliApplication.Failed;
        }

        var failures = workspace.Store.ListFailures();
        foreach (var failure in failures)
        {
            await _output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{failure.FailedAt:yyyy-MM-dd HH:mm:ss}  {failure.Kind,-13} {failure.Path}")).ConfigureAwait(false);
            await _output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{string.Empty,21}{failure.Message}{(failure.Attempts > 1 ? $" ({failure.Attempts} attempts)" : string.Empty)}")).ConfigureAwait(false);
        }

        await _error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{failures.Count} failed files")).ConfigureAwait(false);
        return CliApplication.Success;
    }
}
