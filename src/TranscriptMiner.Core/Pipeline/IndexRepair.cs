using TranscriptMiner.Core.Catalog;
using TranscriptMiner.Core.Indexing;

namespace TranscriptMiner.Core.Pipeline;

/// <summary>
/// Brings the index in line with the catalog (the catalog wins): documents written to the catalog but not committed to
/// the index (a process killed in between, a failed commit) are indexed, removed ones are deleted. Run at every start.
/// </summary>
public static class IndexRepair
{
    /// <summary>Applies the catalog's pending index deletions and documents, then commits.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="index">The index writer.</param>
    /// <param name="cancellationToken">Stops between documents (what was done is committed).</param>
    /// <returns>What was repaired.</returns>
    /// <exception cref="OperationCanceledException">Cancelled (after committing what was done).</exception>
    /// <remarks>Index and catalog errors propagate; what was not committed stays pending for the next repair.</remarks>
    public static IndexRepairResult Repair(CatalogStore catalog, ISegmentIndexWriter index, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(index);
        var deletions = catalog.PendingIndexDeletions();
        var documents = catalog.PendingIndexDocuments();
        if (deletions.Count == 0 && documents.Count == 0)
        {
            return new IndexRepairResult(0, 0);
        }

        var batch = new IndexBatch(catalog, index);
        var deleted = 0;
        var reindexed = 0;
        try
        {
            foreach (var id in deletions)
            {
                cancellationToken.ThrowIfCancellationRequested();
                batch.Delete(id);
                deleted++;
            }

            foreach (var id in documents)
            {
                cancellationToken.ThrowIfCancellationRequested();
                batch.Reindex(id);
                reindexed++;
            }
        }
        catch (OperationCanceledException)
        {
            batch.Commit();
            throw;
        }

        batch.Commit();
        return new IndexRepairResult(reindexed, deleted);
    }
}
