namespace TranscriptMiner.Core.Catalog;

/// <summary>A saved search.</summary>
/// <param name="Name">The theme's unique name.</param>
/// <param name="Query">The Lucene query text.</param>
/// <param name="FiltersJson">The search filters as JSON (owned by the search layer), if any.</param>
/// <param name="CreatedAt">When it was first saved.</param>
/// <param name="LastRunAt">When it was last run, if ever.</param>
public sealed record ThemeDefinition(string Name, string Query, string? FiltersJson, DateTimeOffset CreatedAt, DateTimeOffset? LastRunAt);
