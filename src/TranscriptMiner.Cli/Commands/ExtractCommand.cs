using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using TranscriptMiner.Cli.Output;
using TranscriptMiner.Core.Extraction;
using TranscriptMiner.Core.Plugins;
using TranscriptMiner.Core.Processing;

namespace TranscriptMiner.Cli.Commands;

/// <summary><c>transcriptminer extract &lt;paths...&gt;</c>: the pipeline's debug view: metadata and segments of each file.</summary>
internal sealed class ExtractCommand : HostedCommand
{
    private readonly Argument<string[]> _paths = new("paths")
    {
        Description = "Files or folders (folders are searched recursively for formats a plugin reads).",
        Arity = ArgumentArity.OneOrMore,
    };

    private readonly Option<string> _format = new("--format", "-f")
    {
        Description = "Output format.",
        DefaultValueFactory = _ => "text",
    };

    private readonly Option<bool> _full = new("--full")
    {
        Description = "Text format: print whole segment texts instead of a preview.",
    };

    private readonly Option<string?> _outputFile = new("--output", "-o")
    {
        Description = "Write the result to this file instead of standard output.",
    };

    public ExtractCommand(GlobalOptions globals, TextWriter output, TextWriter error)
        : base(globals, output, error)
    {
        _format.AcceptOnlyFromAmong("text", "json");
        Command = new Command("extract", "Print each document's metadata and segments (detect, extract, segment; nothing is stored).")
        {
            _paths, _format, _full, _outputFile,
        };
        Command.SetAction(InHost(RunAsync));
    }

    private async Task<int> RunAsync(ParseResult parseResult, IServiceProvider services, CancellationToken cancellationToken)
    {
        var plugins = services.GetRequiredService<PluginHost>();
        var processor = services.GetRequiredService<DocumentProcessor>();

        var expansion = InputFileExpander.Expand(parseResult.GetValue(_paths) ?? [], plugins.Extractors.SelectMany(e => e.Extensions).ToHashSet(StringComparer.OrdinalIgnoreCase));
        foreach (var missing in expansion.Missing)
        {
            await Error.WriteLineAsync($"error: {missing}: no such file or folder").ConfigureAwait(false);
        }

        if (expansion.Missing.Count > 0)
        {
            return CliApplication.BadArguments;
        }

        var json = string.Equals(parseResult.GetValue(_format), "json", StringComparison.Ordinal);
        var full = parseResult.GetValue(_full);
        var outputPath = parseResult.GetValue(_outputFile);
        var writer = outputPath is null ? Output : new StreamWriter(outputPath, append: false);
        try
        {
            var documents = new List<ProcessedDocument>();
            var failed = 0;
            using var progress = ProgressReporter.Create(Error, expansion.Files.Count);
            foreach (var file in expansion.Files)
            {
                cancellationToken.ThrowIfCancellationRequested();
                try
                {
                    var document = await processor.ProcessAsync(file, cancellationToken).ConfigureAwait(false);
                    if (json)
                    {
                        documents.Add(document);
                    }
                    else
                    {
                        DocumentTextWriter.Write(document, writer, full);
                    }
                }
                catch (DocumentFailedException failure)
                {
                    failed++;
                    progress.Interrupt();
                    await Error.WriteLineAsync($"failed: {failure.Message}").ConfigureAwait(false);
                }

                progress.Advance(file);
            }

            if (json)
            {
                DocumentJsonWriter.Write(documents, writer, single: expansion.Files.Count == 1);
            }

            var succeeded = expansion.Files.Count - failed;
            if (expansion.Files.Count > 1 || failed > 0)
            {
                await Error.WriteLineAsync($"{succeeded} extracted, {failed} failed").ConfigureAwait(false);
            }

            return succeeded > 0 ? CliApplication.Success : CliApplication.Failed;
        }
        finally
        {
            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
            if (outputPath is not null)
            {
                await writer.DisposeAsync().ConfigureAwait(false);
            }
        }
    }
}
