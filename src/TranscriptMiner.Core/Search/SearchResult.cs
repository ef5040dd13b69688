namespace TranscriptMiner.Core.Search;

/// <summary>The outcome of a search.</summary>
/// <param name="TotalHits">The number of matching segments.</param>
/// <param name="Hits">The top hits, in the requested order.</param>
/// <param name="Facets">Facet counts over all matching segments.</param>
/// <param name="Elapsed">The time taken to search, count and build snippets.</param>
public sealed record SearchResult(int TotalHits, IReadOnlyList<SearchHit> Hits, FacetCounts Facets, TimeSpan Elapsed);
