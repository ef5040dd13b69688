using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TranscriptMiner.Core.Catalog;
using TranscriptMiner.Core.Indexing;
using TranscriptMiner.Core.Pipeline;

namespace TranscriptMiner.Cli.Commands;

/// <summary><c>transcriptminer reindex</c>: rebuilds the search index from the catalog, the source of truth.</summary>
internal sealed class ReindexCommand : HostedCommand
{
    public ReindexCommand(GlobalOptions globals, TextWriter output, TextWriter error)
        : base(globals, output, error)
    {
        Command = new Command("reindex", "Rebuild the search index from the catalog (searches keep the old index until it is done).");
        Command.SetAction(InHost(RunAsync));
    }

    private async Task<int> RunAsync(ParseResult parseResult, IServiceProvider services, CancellationToken cancellationToken)
    {
        var layout = services.GetRequiredService<WorkspaceLayout>();
        using var workspace = await WorkspaceCommands.TryOpenExistingForWritingAsync(layout, services.GetRequiredService<WorkspaceOptions>(), Error).ConfigureAwait(false);
        if (workspace is null)
        {
            return CliApplication.Failed;
        }

        using var index = await WorkspaceCommands.TryOpenIndexAsync(workspace, services.GetRequiredService<ILogger<ReindexCommand>>(), Error, cancellationToken).ConfigureAwait(false);
        if (index is null)
        {
            return CliApplication.Failed;
        }

        var count = index.Rebuild(workspace.Store.ReadAllLiveSegments(), cancellationToken);
        var repaired = IndexRepair.Repair(workspace.Store, index, cancellationToken);
        await Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{count} segments indexed; {repaired.Reindexed} documents marked up to date, {repaired.Deleted} removed documents cleared; index {index.SizeOnDisk / 1024.0 / 1024.0:F1} MB")).ConfigureAwait(false);
        return CliApplication.Success;
    }
}
