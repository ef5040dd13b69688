using TranscriptMiner.Core.Search;

namespace TranscriptMiner.Cli.Web.Search;

/// <summary>The answer of <c>GET /api/search</c>.</summary>
/// <param name="TotalHits">How many segments match.</param>
/// <param name="Page">The page shown (1-based).</param>
/// <param name="Size">Hits per page.</param>
/// <param name="ElapsedMs">How long the search took, in milliseconds.</param>
/// <param name="Hits">The page's hits.</param>
/// <param name="Facets">Counts by document kind, organisation, year and speaker over all matching segments.</param>
internal sealed record SearchResponse(int TotalHits, int Page, int Size, long ElapsedMs, IReadOnlyList<SearchHitView> Hits, FacetCounts Facets);
