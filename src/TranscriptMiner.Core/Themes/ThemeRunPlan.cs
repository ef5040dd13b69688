using TranscriptMiner.Core.Catalog;
using TranscriptMiner.Core.Search;

namespace TranscriptMiner.Core.Themes;

/// <summary>A theme run about to happen: the search to make and the instant to record as its run time.</summary>
/// <param name="Theme">The theme.</param>
/// <param name="Request">The search request built from the theme.</param>
/// <param name="StartedAt">When the run started (taken before the changed documents were listed, so nothing is missed next time).</param>
/// <param name="ChangedSince">The last run the search is restricted to documents changed since, or <see langword="null"/> for all documents.</param>
public sealed record ThemeRunPlan(ThemeDefinition Theme, SearchRequest Request, DateTimeOffset StartedAt, DateTimeOffset? ChangedSince);
