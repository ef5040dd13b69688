namespace TranscriptMiner.Core.Search;

/// <summary>Facet counts over every matching segment (not only the returned hits), each list most frequent first. Unknown values are not counted.</summary>
public sealed record FacetCounts
{
    /// <summary>Gets an empty set of counts.</summary>
    public static FacetCounts Empty { get; } = new();

    /// <summary>Gets the counts by document kind.</summary>
    public IReadOnlyList<FacetValue> DocumentKind { get; init; } = [];

    /// <summary>Gets the counts by organisation.</summary>
    public IReadOnlyList<FacetValue> Organisation { get; init; } = [];

    /// <summary>Gets the counts by meeting year.</summary>
    public IReadOnlyList<FacetValue> Year { get; init; } = [];

    /// <summary>Gets the counts by speaker.</summary>
    public IReadOnlyList<FacetValue> Speaker { get; init; } = [];
}
