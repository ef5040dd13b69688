using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using TranscriptMiner.Cli.Commands;
using TranscriptMiner.Cli.Web.Documents;
using TranscriptMiner.Core.Catalog;
using TranscriptMiner.Core.Coding;
using TranscriptMiner.Core.Search;

namespace TranscriptMiner.Cli.Web.Search;

/// <summary>The search endpoint of the workbench API: the CLI's search (same request builder, same code filters), a page at a time.</summary>
internal static class SearchEndpoints
{
    /// <summary>What an empty query searches: every segment (so filters alone, e.g. a code, list passages).</summary>
    public const string MatchAll = "*:*";

    /// <summary>Maps the endpoints.</summary>
    /// <param name="api">The <c>/api</c> group.</param>
    public static void Map(RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet(
            "/search",
            (WorkbenchWorkspace workspace, string? q, string[]? kind, string[]? org, string[]? committee, string[]? speaker, string? from, string? to, string[]? code, string[]? suggested, string? sort, string? page, string? size) =>
                Results.Ok(Search(workspace, new SearchQuery(q, kind ?? [], org ?? [], committee ?? [], speaker ?? [], from, to, code ?? [], suggested ?? [], sort, page, size))));
    }

    /// <summary>Runs a search and answers one page of it.</summary>
    /// <exception cref="WorkbenchException">A parameter is wrong (400) or there is no workspace (404).</exception>
    /// <exception cref="QuerySyntaxException">The query is not valid syntax (400).</exception>
    internal static SearchResponse Search(WorkbenchWorkspace workspace, SearchQuery query)
    {
        var (page, size) = SearchParameters.Paging(query.Page, query.Size);
        SearchRequest request;
        try
        {
            request = SearchFilterOptions.CreateRequest(
                string.IsNullOrWhiteSpace(query.Q) ? MatchAll : query.Q.Trim(),
                SearchParameters.ParseKinds(query.Kinds),
                Clean(query.Organisations),
                Clean(query.Committees),
                Clean(query.Speakers),
                (query.From, "from"),
                (query.To, "to"),
                page * size,
                SearchParameters.Sort(query.Sort)) with
            {
                MatchStart = SnippetPart.MatchStart,
                MatchEnd = SnippetPart.MatchEnd,
            };
        }
        catch (FormatException exception)
        {
            throw WorkbenchException.BadRequest(exception.Message);
        }

        var codebook = query.Codes.Count > 0 || query.Suggested.Count > 0 ? workspace.LoadCodebook() : null;
        if (codebook is not null)
        {
            var confirmed = CodeOptions.Resolve(codebook, query.Codes, "code", out var problem) ?? throw WorkbenchException.BadRequest(problem!);
            var suggested = CodeOptions.Resolve(codebook, query.Suggested, "suggested", out problem) ?? throw WorkbenchException.BadRequest(problem!);
            using var catalog = workspace.OpenReadOnly();
            request = request with { SegmentIds = CodeSearchOptions.SegmentFilter(catalog.Coding, confirmed, suggested) };
        }

        var result = workspace.Search(request);
        var pageHits = result.Hits.Skip((page - 1) * size).ToList();
        var hits = new List<SearchHitView>(pageHits.Count);
        if (pageHits.Count > 0)
        {
            codebook ??= workspace.LoadCodebook();
            using var catalog = workspace.OpenReadOnly();
            hits.AddRange(pageHits.Select(hit => View(hit, Confirmed(catalog.Coding, hit.Segment.SegmentId, codebook))));
        }

        return new SearchResponse(result.TotalHits, page, size, (long)result.Elapsed.TotalMilliseconds, hits, result.Facets);
    }

    private static IReadOnlyList<CodeMark> Confirmed(CodingStore coding, long segmentId, Codebook codebook) =>
        SegmentCoding.Create(coding.ReadDecisions(segmentId), [], codebook).Confirmed;

    private static SearchHitView View(SearchHit hit, IReadOnlyList<CodeMark> confirmed)
    {
        var cited = hit.Segment;
        var segment = cited.Segment;
        return new SearchHitView(
            cited.SegmentId,
            cited.DocumentId,
            hit.Score,
            cited.DocumentTitle ?? Path.GetFileName(cited.SourcePath),
            Core.Model.Citation.Format(cited),
            SnippetPart.Split(hit.Snippet),
            cited.DocumentKind,
            cited.Organisation,
            cited.Committee,
            cited.MeetingDate,
            segment.Speaker,
            AgendaItemText.Of(segment),
            segment.PageStart,
            segment.PageEnd,
            confirmed);
    }

    private static string[] Clean(IReadOnlyList<string> values) => [.. values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim())];
}
