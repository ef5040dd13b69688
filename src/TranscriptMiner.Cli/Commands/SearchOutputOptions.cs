using System.CommandLine;
using TranscriptMiner.Cli.Output;
using TranscriptMiner.Core.Indexing;
using TranscriptMiner.Core.Catalog;
using TranscriptMiner.Core.Search;

namespace TranscriptMiner.Cli.Commands;

/// <summary>Running a search over the workspace's index read-only and writing its result (<c>--format --output</c>), shared by <c>search</c> and <c>theme run</c>.</summary>
internal sealed class SearchOutputOptions
{
    private readonly Option<string> _format = new("--format", "-f") { Description = "table, json or csv.", DefaultValueFactory = _ => "table" };
    private readonly Option<string?> _outputFile = new("--output", "-o") { Description = "Write the results to this file." };

    public SearchOutputOptions() => _format.AcceptOnlyFromAmong("table", "json", "csv");

    public void AddTo(Command command)
    {
        command.Add(_format);
        command.Add(_outputFile);
    }

    /// <summary>Searches the index read-only; a malformed query (exit 2) or a corrupt index (exit 1) is explained on <paramref name="error"/>.</summary>
    public static async Task<(SearchResult? Result, int ExitCode)> TrySearchAsync(WorkspaceLayout layout, SearchRequest request, TextWriter error)
    {
        try
        {
            using var reader = SegmentIndexReader.Open(layout.IndexFolder);
            return (new SearchService(reader, layout.SynonymsPath).Search(request), CliApplication.Success);
        }
        catch (QuerySyntaxException exception)
        {
            await error.WriteLineAsync($"error: {exception.Message}").ConfigureAwait(false);
            return (null, CliApplication.BadArguments);
        }
        catch (IndexCorruptException exception)
        {
            await error.WriteLineAsync($"error: {exception.Message}").ConfigureAwait(false);
            return (null, CliApplication.Failed);
        }
    }

    /// <summary>Writes the result in the chosen format to standard output or the <c>--output</c> file.</summary>
    public async Task WriteAsync(ParseResult parseResult, SearchResult result, TextWriter output, CancellationToken cancellationToken)
    {
        var outputPath = parseResult.GetValue(_outputFile);
        var writer = outputPath is null ? output : new StreamWriter(outputPath, append: false);
        try
        {
            switch (parseResult.GetValue(_format))
            {
                case "json":
                    SearchResultWriter.WriteJson(result, writer);
                    break;
                case "csv":
                    SearchResultWriter.WriteCsv(result, writer);
                    break;
                default:
                    SearchResultWriter.WriteTable(result, writer);
                    break;
            }
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
