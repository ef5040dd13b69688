using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using TranscriptMiner.Core.Catalog;
using TranscriptMiner.Core.Search;
using TranscriptMiner.Core.Themes;

namespace TranscriptMiner.Cli.Commands;

/// <summary><c>transcriptminer search "&lt;query&gt;"</c>: passages with citations, snippets and facet counts.</summary>
/// <remarks>Opens the index read-only, so it runs while the worker ingests; only <c>--save-as</c> writes (the catalog).</remarks>
internal sealed class SearchCommand
{
    private readonly GlobalOptions _globals;
    private readonly TextWriter _output;
    private readonly TextWriter _error;

    private readonly Argument<string> _query = new("query") { Description = "Lucene classic syntax: AND/OR/NOT, \"phrases\", \"proximity\"~N, wild*, fuzzy~, field:value." };
    private readonly SearchFilterOptions _filters = new();
    private readonly SearchOutputOptions _outputOptions = new();
    private readonly Option<string?> _saveAs = new("--save-as") { Description = "After searching, save the query and filters as a theme with this name (replacing one of the same name)." };

    public SearchCommand(GlobalOptions globals, TextWriter output, TextWriter error)
    {
        _globals = globals;
        _output = output;
        _error = error;
        Command = new Command("search", "Search the workspace's segments; each hit with its citation, a snippet and facet counts.") { _query };
        _filters.AddTo(Command);
        _outputOptions.AddTo(Command);
        Command.Add(_saveAs);
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

        var saveAs = parseResult.GetValue(_saveAs);
        if (saveAs is not null && string.IsNullOrWhiteSpace(saveAs))
        {
            await _error.WriteLineAsync("error: --save-as needs a theme name").ConfigureAwait(false);
            return CliApplication.BadArguments;
        }

        SearchRequest request;
        try
        {
            request = _filters.BuildRequest(parseResult, parseResult.GetValue(_query) ?? string.Empty);
        }
        catch (FormatException exception)
        {
            await _error.WriteLineAsync($"error: {exception.Message}").ConfigureAwait(false);
            return CliApplication.BadArguments;
        }

        var layout = host.Services.GetRequiredService<WorkspaceLayout>();
        var (result, exitCode) = await SearchOutputOptions.TrySearchAsync(layout, request, _error).ConfigureAwait(false);
        if (result is null)
        {
            return exitCode;
        }

        await _outputOptions.WriteAsync(parseResult, result, _output, cancellationToken).ConfigureAwait(false);
        if (saveAs is null)
        {
            return CliApplication.Success;
        }

        if (string.IsNullOrWhiteSpace(request.Query))
        {
            await _error.WriteLineAsync("error: an empty query cannot be saved as a theme").ConfigureAwait(false);
            return CliApplication.BadArguments;
        }

        using var workspace = await WorkspaceCommands.TryOpenForWritingAsync(layout, host.Services.GetRequiredService<WorkspaceOptions>(), _error).ConfigureAwait(false);
        if (workspace is null)
        {
            await _error.WriteLineAsync($"error: the search was not saved as theme '{saveAs.Trim()}'").ConfigureAwait(false);
            return CliApplication.Failed;
        }

        try
        {
            var theme = workspace.Store.SaveTheme(saveAs, request.Query, ThemeFilters.FromRequest(request).ToJson());
            await _error.WriteLineAsync($"Saved as theme '{theme.Name}'.").ConfigureAwait(false);
            return CliApplication.Success;
        }
        catch (CatalogException exception)
        {
            await _error.WriteLineAsync($"error: {exception.Message}").ConfigureAwait(false);
            return CliApplication.Failed;
        }
    }
}
