using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using TranscriptMiner.Core.Plugins;

namespace TranscriptMiner.Cli.Commands;

/// <summary><c>transcriptminer plugins</c>: each plugin found, its version, formats and status (with the reason when it failed).</summary>
internal sealed class PluginsCommand : HostedCommand
{
    public PluginsCommand(GlobalOptions globals, TextWriter output, TextWriter error)
        : base(globals, output, error)
    {
        Command = new Command("plugins", "List the extractor plugins found, their versions, formats and status.");
        Command.SetAction(InHost(RunAsync));
    }

    private async Task<int> RunAsync(ParseResult parseResult, IServiceProvider services, CancellationToken cancellationToken)
    {
        var plugins = services.GetRequiredService<PluginHost>();
        foreach (var plugin in plugins.Plugins)
        {
            await Output.WriteLineAsync($"{plugin.Id,-12} {plugin.Version,-10} {plugin.Status,-7} {plugin.Name}").ConfigureAwait(false);
            await Output.WriteLineAsync($"{string.Empty,-12} folder: {plugin.Folder}").ConfigureAwait(false);
            if (plugin.Error is not null)
            {
                await Output.WriteLineAsync($"{string.Empty,-12} error: {plugin.Error}").ConfigureAwait(false);
            }
            else
            {
                await Output.WriteLineAsync($"{string.Empty,-12} formats: {string.Join(", ", plugin.MediaTypes)} ({string.Join(" ", plugin.Extensions)})").ConfigureAwait(false);
            }
        }

        if (plugins.Plugins.Count == 0)
        {
            await Error.WriteLineAsync("No plugins found; check TranscriptMiner:Plugins:Folders.").ConfigureAwait(false);
            return CliApplication.Failed;
        }

        return CliApplication.Success;
    }
}
