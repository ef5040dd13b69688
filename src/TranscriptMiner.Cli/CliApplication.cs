using System.CommandLine;
using TranscriptMiner.Cli.Commands;

namespace TranscriptMiner.Cli;

/// <summary>The <c>transcriptminer</c> command line: parses arguments and runs the chosen command.</summary>
public static class CliApplication
{
    /// <summary>Exit code for success.</summary>
    public const int Success = 0;

    /// <summary>Exit code when the work ran but nothing (or not everything) succeeded.</summary>
    public const int Failed = 1;

    /// <summary>Exit code for bad arguments.</summary>
    public const int BadArguments = 2;

    /// <summary>Runs the command line.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="output">Where results go (standard output).</param>
    /// <param name="error">Where messages and logs go (standard error).</param>
    /// <param name="cancellationToken">Stops the work (Ctrl+C is also handled).</param>
    /// <returns>The process exit code.</returns>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        var globals = new GlobalOptions();
        var root = new RootCommand("TranscriptMiner: extract, segment, search and code NHS meeting minutes, board papers and transcripts.");
        globals.AddTo(root);
        root.Add(new ExtractCommand(globals, output, error).Command);
        root.Add(new PluginsCommand(globals, output, error).Command);
        root.Add(new IngestCommand(globals, output, error).Command);
        root.Add(new SearchCommand(globals, output, error).Command);
        root.Add(new ThemeCommand(globals, output, error).Command);
        root.Add(new ReindexCommand(globals, output, error).Command);
        root.Add(new StatusCommand(globals, output, error).Command);
        root.Add(new FailuresCommand(globals, output, error).Command);
        root.Add(new WatchCommand(globals, error).Command);
        root.Add(new ServeCommand(globals, output, error).Command);
        root.Add(new TrainCommand(globals, output, error).Command);
        root.Add(new CodesCommand(globals, output, error).Command);
        root.Add(new SuggestCommand(globals, output, error).Command);
        root.Add(new ReviewCommand(globals, output, error).Command);
        root.Add(new CodeCommand(globals, output, error).Command);
        root.Add(new ImportCommand(globals, output, error).Command);
        root.Add(new ExportCommand(globals, output, error).Command);
        root.Add(new EvaluateCommand(globals, output, error).Command);
        root.Add(new PluginWorkerCommand().Command);

        var parseResult = root.Parse(args);
        var invocation = new InvocationConfiguration { Output = output, Error = error };
        if (parseResult.CommandResult.Command.Name == "watch")
        {
            // The watch host handles Ctrl+C and SIGTERM itself and drains for longer than System.CommandLine's 2 s before it would kill the process.
            invocation.ProcessTerminationTimeout = null;
        }

        if (parseResult.Errors.Count > 0)
        {
            foreach (var parseError in parseResult.Errors)
            {
                await error.WriteLineAsync($"error: {parseError.Message}").ConfigureAwait(false);
            }

            await error.WriteLineAsync("Run 'transcriptminer --help' for usage.").ConfigureAwait(false);
            return BadArguments;
        }

        return await parseResult.InvokeAsync(invocation, cancellationToken).ConfigureAwait(false);
    }
}
