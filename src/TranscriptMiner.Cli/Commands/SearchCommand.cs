using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using TranscriptMiner.Cli.Output;
using TranscriptMiner.Core.Catalog;
using TranscriptMiner.Core.Indexing;
using TranscriptMiner.Core.Metadata;
using TranscriptMiner.Core.Model;
using TranscriptMiner.Core.Search;

namespace TranscriptMiner.Cli.Commands;

/// <summary><c>transcriptminer search "&lt;query&gt;"</c>: passages with citations, snippets and facet counts.</summary>
/// <remarks>Opens the index read-only, so it runs while the worker ingests.</remarks>
internal sealed class SearchCommand
{
    private readonly GlobalOptions _globals;
    private readonly TextWriter _output;
    private readonly TextWriter _error;

    private readonly Argument<string> _query = new("query") { Description = "Lucene classic syntax: AND/OR/NOT, \"phrases\", \"proximity\"~N, wild*, fuzzy~, field:value." };
    private readonly Option<DocumentKind[]> _kind = new("--kind") { Description = "Only these document kinds (Minutes, BoardPaper, Transcript, Other).", AllowMultipleArgumentsPerToken = true };
    private readonly Option<string[]> _organisation = new("--org") { Description = "Only these organisations (exact name).", AllowMultipleArgumentsPerToken = true };
    private readonly Option<string[]> _committee = new("--committee") { Description = "Only these committees (exact name).", AllowMultipleArgumentsPerToken = true };
    private readonly Option<string[]> _speaker = new("--speaker") { Description = "Only turns of these speakers.", AllowMultipleArgumentsPerToken = true };
    private readonly Option<string?> _from = new("--from") { Description = "Meetings on or after this date (2022-01-01, 1 January 2022, 01/01/2022)." };
    private readonly Option<string?> _to = new("--to") { Description = "Meetings on or before this date." };
    private readonly Option<int> _top = new("--top", "-n") { Description = "How many hits to show.", DefaultValueFactory = _ => 20 };
    private readonly Option<string> _sort = new("--sort") { Description = "relevance or date (newest first).", DefaultValueFactory = _ => "relevance" };
    private readonly Option<string> _format = new("--format", "-f") { Description = "table, json or csv.", DefaultValueFactory = _ => "table" };
    private readonly Option<string?> _outputFile = new("--output", "-o") { Description = "Write the results to this file." };

    public SearchCommand(GlobalOptions globals, TextWriter output, TextWriter error)
    {
        _globals = globals;
        _output = output;
        _error = error;
        _sort.AcceptOnlyFromAmong("relevance", "date");
        _format.AcceptOnlyFromAmong("table", "json", "csv");
        Command = new Command("search", "Search the workspace's segments; each hit with its citation, a snippet and facet counts.")
        {
            _query, _kind, _organisation, _committee, _speaker, _from, _to, _top, _sort, _format, _outputFile,
        };
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

        SearchRequest request;
        try
        {
            request = BuildRequest(parseResult);
        }
        catch (FormatException exception)
        {
            await _error.WriteLineAsync($"error: {exception.Message}").ConfigureAwait(false);
            return CliApplication.BadArguments;
        }

        var layout = host.Services.GetRequiredService<WorkspaceLayout>();
        SearchResult result;
        try
        {
            using var reader = SegmentIndexReader.Open(layout.IndexFolder);
            result = new SearchService(reader, layout.SynonymsPath).Search(request);
        }
        catch (QuerySyntaxException exception)
        {
            await _error.WriteLineAsync($"error: {exception.Message}").ConfigureAwait(false);
            return CliApplication.BadArguments;
        }
        catch (IndexCorruptException exception)
        {
            await _error.WriteLineAsync($"error: {exception.Message}").ConfigureAwait(false);
            return CliApplication.Failed;
        }

        var outputPath = parseResult.GetValue(_outputFile);
        var writer = outputPath is null ? _output : new StreamWriter(outputPath, append: false);
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

        return CliApplication.Success;
    }

    private SearchRequest BuildRequest(ParseResult parseResult) => new()
    {
        Query = parseResult.GetValue(_query) ?? string.Empty,
        Kinds = parseResult.GetValue(_kind) ?? [],
        Organisations = parseResult.GetValue(_organisation) ?? [],
        Committees = parseResult.GetValue(_committee) ?? [],
        Speakers = parseResult.GetValue(_speaker) ?? [],
        From = ParseDate(parseResult.GetValue(_from), "--from"),
        To = ParseDate(parseResult.GetValue(_to), "--to"),
        Top = Math.Max(0, parseResult.GetValue(_top)),
        Sort = parseResult.GetValue(_sort) == "date" ? SearchSort.Date : SearchSort.Relevance,
    };

    private static DateOnly? ParseDate(string? text, string option)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (UkDateParser.TryParse(text, out var date) || DateOnly.TryParse(text, CultureInfo.InvariantCulture, out date))
        {
            return date;
        }

        throw new FormatException($"{option} '{text}' is not a date (try 2022-01-01 or 1 January 2022)");
    }
}
