using TranscriptMiner.Core.Model;

namespace TranscriptMiner.Core.Catalog;

/// <summary>The result of <see cref="CatalogStore.WriteDocument"/>: what happened and what the index must now do.</summary>
/// <remarks>
/// Index work, in order: delete every entry of <see cref="DocumentIdsToDelete"/>; if <see cref="SegmentsToIndex"/> is
/// not empty, replace all entries of <see cref="DocumentId"/> with them; then call
/// <see cref="CatalogStore.MarkIndexed"/> (and <see cref="CatalogStore.MarkIndexDeleted"/> for the deletions).
/// </remarks>
public sealed record DocumentWrite
{
    /// <summary>Gets what happened.</summary>
    public required WriteOutcome Outcome { get; init; }

    /// <summary>Gets the document the path now holds.</summary>
    public required long DocumentId { get; init; }

    /// <summary>Gets the document's current version.</summary>
    public required long VersionId { get; init; }

    /// <summary>Gets the segments to (re)index for <see cref="DocumentId"/>; empty for <see cref="WriteOutcome.Unchanged"/> and <see cref="WriteOutcome.Duplicate"/>.</summary>
    public required IReadOnlyList<CitedSegment> SegmentsToIndex { get; init; }

    /// <summary>Gets documents that lost their last live location and must leave the index.</summary>
    public required IReadOnlyList<long> DocumentIdsToDelete { get; init; }
}
