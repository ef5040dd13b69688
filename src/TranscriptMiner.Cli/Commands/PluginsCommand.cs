using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using TranscriptMiner.Core.Plugins;

namespace TranscriptMiner.Cli.Commands;

/// <summary><c>transcriptminer plugins</c>: each plugin found, its version, formats and status (with the reason when it failed).</summary>
internal sealed class PluginsCommand
{
    private readonly GlobalOptions _globals;
    private readonly TextWriter _output;
    private readonly TextWriter _error;

    public PluginsCommand(GlobalOptions globals, TextWriter output, TextWriter error)
    {
        _globals = globals;
        _output = output;
        _error = error;
        Command = new Command("plugins", "List the extractor plugins found, their versions, formats and status.");
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

        var plugins = host.Services.GetRequiredService<PluginHost>();
        foreach (var plugin in plugins.Plugins)
        {
            await _output.WriteLineAsync($"{plugin.Id,-12} {plugin.Version,-10} {plugin.Status,-7} {plugin.Name}").ConfigureAwait(false);
            await _output.WriteLineAsync($"{string.Empty,-12} folder: {plugin.Folder}").ConfigureAwait(false);
            if (plugin.Error is not null)
            {
                await _output.WriteLineAsync($"{string.Empty,-12} error: {plugin.Error}").ConfigureAwait(false);
            }
            else
            {
                await _output.WriteLineAsync($"{string.Empty,-12} formats: {string.Join(", ", plugin.MediaTypes)} ({string.Join(" ", plugin.Extensions)})").ConfigureAwait(false);
            }
        }

        if (plugins.Plugins.Count == 0)
        {
            await _error.WriteLineAsync("No plugins found; check TranscriptMiner:Plugins:Folders.").ConfigureAwait(false);
            return CliApplication.Failed;
        }

        return CliApplication.Success;
    }
}
