namespace TranscriptMiner.Core.Catalog;

/// <summary>The result of <see cref="CatalogStore.MarkRemoved"/>.</summary>
/// <param name="WasKnown"><see langword="true"/> when the path was a live location.</param>
/// <param name="DocumentIdsToDelete">Documents that lost their last live location and must leave the index.</param>
/// <param name="DocumentIdsToReindex">Documents still live elsewhere whose cited source path may have changed (re-index from <see cref="CatalogStore.ReadSegments"/>).</param>
public sealed record RemovalResult(bool WasKnown, IReadOnlyList<long> DocumentIdsToDelete, IReadOnlyList<long> DocumentIdsToReindex);
