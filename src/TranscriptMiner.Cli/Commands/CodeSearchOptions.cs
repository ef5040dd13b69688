using System.CommandLine;
using System.Globalization;
using TranscriptMiner.Core.Catalog;
using TranscriptMiner.Core.Coding;
using TranscriptMiner.Core.Search;

namespace TranscriptMiner.Cli.Commands;

/// <summary>
/// The coding options of <c>search</c>: <c>--code X</c> (segments confirmed with X), <c>--suggested X</c> (segments with a
/// pending suggestion of X), both read from the catalog into <see cref="SearchRequest.SegmentIds"/>; and
/// <c>--suggest-code X</c>, which stores every hit of the search as a suggestion of X.
/// </summary>
internal sealed class CodeSearchOptions
{
    /// <summary>At most this many hits become suggestions in one search.</summary>
    public const int MaxSuggestedHits = 100_000;

    private readonly Option<string[]> _code = new("--code") { Description = "Only segments confirmed with any of these codes (id or name).", AllowMultipleArgumentsPerToken = true };
    private readonly Option<string[]> _suggested = new("--suggested") { Description = "Only segments with a pending (undecided) suggestion of any of these codes.", AllowMultipleArgumentsPerToken = true };
    private readonly Option<string?> _suggestCode = new("--suggest-code") { Description = "Store every hit of the search as a suggestion of this code (other codes' suggestions are kept)." };

    public void AddTo(Command command)
    {
        command.Add(_code);
        command.Add(_suggested);
        command.Add(_suggestCode);
    }

    public bool FiltersByCode(ParseResult parseResult) =>
        (parseResult.GetValue(_code)?.Length ?? 0) > 0 || (parseResult.GetValue(_suggested)?.Length ?? 0) > 0;

    public bool NeedsCodebook(ParseResult parseResult) =>
        (parseResult.GetValue(_code)?.Length ?? 0) > 0 || (parseResult.GetValue(_suggested)?.Length ?? 0) > 0 || parseResult.GetValue(_suggestCode) is not null;

    /// <summary>Adds the segment filter of <c>--code</c> and <c>--suggested</c>; null (after reporting) when a code is unknown or the catalog cannot be read.</summary>
    public async Task<(SearchRequest? Request, int ExitCode)> TryFilterAsync(ParseResult parseResult, SearchRequest request, Codebook codebook, WorkspaceLayout layout, WorkspaceOptions options, TextWriter error)
    {
        var confirmed = await CodeOptions.TryResolveAsync(codebook, parseResult.GetValue(_code) ?? [], "--code", error).ConfigureAwait(false);
        var suggested = await CodeOptions.TryResolveAsync(codebook, parseResult.GetValue(_suggested) ?? [], "--suggested", error).ConfigureAwait(false);
        if (confirmed is null || suggested is null)
        {
            return (null, CliApplication.BadArguments);
        }

        if (confirmed.Count == 0 && suggested.Count == 0)
        {
            return (request, CliApplication.Success);
        }

        using var workspace = await WorkspaceCommands.TryOpenReadOnlyAsync(layout, options, error).ConfigureAwait(false);
        if (workspace is null)
        {
            return (null, CliApplication.Failed);
        }

        try
        {
            return (request with { SegmentIds = SegmentFilter(workspace.Coding, confirmed, suggested) }, CliApplication.Success);
        }
        catch (CatalogException exception)
        {
            await error.WriteLineAsync($"error: {exception.Message}").ConfigureAwait(false);
            return (null, CliApplication.Failed);
        }
    }

    /// <summary>
    /// The segments a search keeps for code filters (also the workbench's): confirmed with any of <paramref name="confirmed"/>
    /// and with a pending suggestion of any of <paramref name="suggested"/>; <see langword="null"/> (keep all) when both are empty.
    /// </summary>
    /// <exception cref="CatalogException">The catalog cannot be read.</exception>
    public static IReadOnlyCollection<long>? SegmentFilter(CodingStore coding, IReadOnlyList<string> confirmed, IReadOnlyList<string> suggested)
    {
        HashSet<long>? ids = null;
        foreach (var (codes, isConfirmed) in new[] { (confirmed, true), (suggested, false) })
        {
            if (codes.Count > 0)
            {
                var any = codes.SelectMany(code => coding.SegmentIdsWithCode(code, isConfirmed)).ToHashSet();
                ids = ids is null ? any : [.. ids.Intersect(any)];
            }
        }

        return ids;
    }

    /// <summary>Stores the search's hits as suggestions of <c>--suggest-code</c>, when given.</summary>
    public async Task<int> TrySuggestAsync(ParseResult parseResult, SearchRequest request, int totalHits, Codebook codebook, WorkspaceLayout layout, WorkspaceOptions options, TextWriter error)
    {
        var given = parseResult.GetValue(_suggestCode);
        if (given is null)
        {
            return CliApplication.Success;
        }

        var codes = await CodeOptions.TryResolveAsync(codebook, [given], "--suggest-code", error).ConfigureAwait(false);
        if (codes is not { Count: 1 })
        {
            if (codes is not null)
            {
                await error.WriteLineAsync("error: --suggest-code needs a code").ConfigureAwait(false);
            }

            return CliApplication.BadArguments;
        }

        var all = request with { Top = Math.Min(totalHits, MaxSuggestedHits), Sort = SearchSort.Relevance, IncludeFacets = false };
        var (result, exitCode) = await SearchOutputOptions.TrySearchAsync(layout, all, error).ConfigureAwait(false);
        if (result is null)
        {
            return exitCode;
        }

        using var workspace = await WorkspaceCommands.TryOpenForCodingAsync(layout, options, error).ConfigureAwait(false);
        if (workspace is null)
        {
            return CliApplication.Failed;
        }

        try
        {
            var suggestions = SearchHitSuggestions.Create(codes[0], all, result.Hits);
            workspace.Coding.UpsertSuggestions(suggestions);
            var capped = totalHits > MaxSuggestedHits ? string.Create(CultureInfo.InvariantCulture, $" (the best {MaxSuggestedHits} of {totalHits} hits)") : string.Empty;
            await error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Suggested '{codes[0]}' for {suggestions.Count} segments{capped}.")).ConfigureAwait(false);
            return CliApplication.Success;
        }
        catch (CatalogException exception)
        {
            await error.WriteLineAsync($"error: {exception.Message}").ConfigureAwait(false);
            return CliApplication.Failed;
        }
    }
}
