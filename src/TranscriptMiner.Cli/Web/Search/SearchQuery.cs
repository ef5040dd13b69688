namespace TranscriptMiner.Cli.Web.Search;

/// <summary>The parameters of <c>GET /api/search</c>, as given.</summary>
/// <param name="Q">The query (Lucene classic syntax); empty searches every segment.</param>
/// <param name="Kinds">Document kinds to keep.</param>
/// <param name="Organisations">Organisations to keep.</param>
/// <param name="Committees">Committees to keep.</param>
/// <param name="Speakers">Speakers to keep.</param>
/// <param name="From">The earliest meeting date (yyyy-MM-dd).</param>
/// <param name="To">The latest meeting date (yyyy-MM-dd).</param>
/// <param name="Codes">Keep segments confirmed with any of these codes (id or name).</param>
/// <param name="Suggested">Keep segments with a pending suggestion of any of these codes.</param>
/// <param name="Sort">relevance or date.</param>
/// <param name="Page">The 1-based page.</param>
/// <param name="Size">Hits per page.</param>
internal sealed record SearchQuery(
    string? Q,
    IReadOnlyList<string> Kinds,
    IReadOnlyList<string> Organisations,
    IReadOnlyList<string> Committees,
    IReadOnlyList<string> Speakers,
    string? From,
    string? To,
    IReadOnlyList<string> Codes,
    IReadOnlyList<string> Suggested,
    string? Sort,
    string? Page,
    string? Size);
