namespace TranscriptMiner.Core.Search;

/// <summary>One facet value and how many matching segments have it.</summary>
/// <param name="Value">The value as indexed (e.g. "Minutes", "NHS Example ICB", "2023").</param>
/// <param name="Count">The number of matching segments.</param>
public sealed record FacetValue(string Value, int Count);
