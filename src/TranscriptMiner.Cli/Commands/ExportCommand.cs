using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using TranscriptMiner.Cli.Exporting;
using TranscriptMiner.Core.Catalog;
using TranscriptMiner.Core.Exchange;

namespace TranscriptMiner.Cli.Commands;

/// <summary>
/// <c>transcriptminer export csv|matrix|qdpx|quotes FILE [--include-suggestions]</c>: coded segments as CSV, a code x
/// document matrix, a REFI-QDA project, or a quotes report (.md or .docx). Only confirmed codes unless asked.
/// </summary>
internal sealed class ExportCommand : HostedCommand
{
    private readonly Option<bool> _includeSuggestions = new("--include-suggestions") { Description = "Include pending suggestions too (marked, with their scores)." };

    public ExportCommand(GlobalOptions globals, TextWriter output, TextWriter error)
        : base(globals, output, error)
    {
        Command = new Command("export", "Export coded segments: csv, matrix, qdpx (REFI-QDA) or quotes (.md/.docx).")
        {
            Format("csv", "One row per segment and code: citation, text, coder, time, source."),
            Format("matrix", "A code x document matrix of segment counts (CSV)."),
            Format("qdpx", "A REFI-QDA project: users, codebook, text sources, codings, metadata as variables."),
            Format("quotes", "Quotes grouped by code with citations: Markdown (.md) or Word (.docx) by the file's extension."),
        };
    }

    private Command Format(string name, string description)
    {
        var file = new Argument<FileInfo>("file") { Description = "The file to write." };
        var command = new Command(name, description) { file, _includeSuggestions };
        command.SetAction(InHost((parseResult, services, cancellationToken) => ExportAsync(name, parseResult.GetValue(file)!, parseResult, services)));
        return command;
    }

    private async Task<int> ExportAsync(string format, FileInfo file, ParseResult parseResult, IServiceProvider services)
    {
        if (CatalogExport.KindOf(format, file.Extension) is not { } kind)
        {
            await Error.WriteLineAsync($"error: {file.Name}: a quotes report is .md or .docx").ConfigureAwait(false);
            return CliApplication.BadArguments;
        }

        var layout = services.GetRequiredService<WorkspaceLayout>();
        var codebook = await WorkspaceCommands.TryLoadCodebookAsync(layout, Error).ConfigureAwait(false);
        if (codebook is null)
        {
            return CliApplication.Failed;
        }

        using var workspace = await WorkspaceCommands.TryOpenReadOnlyAsync(layout, services.GetRequiredService<WorkspaceOptions>(), Error).ConfigureAwait(false);
        if (workspace is null)
        {
            return CliApplication.Failed;
        }

        var temporary = file.FullName + ".tmp";
        try
        {
            string summary;
            using (var stream = File.Create(temporary))
            {
                summary = CatalogExport.Write(kind, workspace, codebook, stream, Path.GetFileNameWithoutExtension(file.Name), parseResult.GetValue(_includeSuggestions));
            }

            File.Move(temporary, file.FullName, overwrite: true);
            await Error.WriteLineAsync($"wrote {summary} to {file.FullName}").ConfigureAwait(false);
            return CliApplication.Success;
        }
        catch (Exception exception) when (exception is ExchangeException or CatalogException or IOException or UnauthorizedAccessException)
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }

            await Error.WriteLineAsync($"error: {exception.Message}").ConfigureAwait(false);
            return CliApplication.Failed;
        }
    }
}
