using TranscriptMiner.Core.Search;

namespace TranscriptMiner.Core.Themes;

/// <summary>The outcome of a theme run.</summary>
/// <param name="Plan">What was searched.</param>
/// <param name="Result">The search result.</param>
/// <param name="Recorded">Whether the run time was recorded in the catalog.</param>
public sealed record ThemeRunResult(ThemeRunPlan Plan, SearchResult Result, bool Recorded);
