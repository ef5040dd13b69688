using TranscriptMiner.Core.Catalog;
using TranscriptMiner.Core.Indexing;

namespace TranscriptMiner.Core.Pipeline;

/// <summary>Handles a deleted file: marks its location removed, updates the index and commits.</summary>
/// <remarks>
/// Not for use while an <see cref="IngestPipeline"/> run writes the same index (Lucene has one writer): inside a run,
/// set <see cref="IngestRunOptions.RemoveMissingFiles"/> and send the path through the pipeline instead.
/// </remarks>
public sealed class RemovalHandler
{
    private readonly CatalogStore _catalog;
    private readonly ISegmentIndexWriter _index;

    /// <summary>Initializes a handler.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="index">The index writer.</param>
    public RemovalHandler(CatalogStore catalog, ISegmentIndexWriter index)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(index);
        _catalog = catalog;
        _index = index;
    }

    /// <summary>Marks a path removed; a document left without a live location leaves the index, one still live elsewhere is re-indexed.</summary>
    /// <param name="path">The deleted file's path.</param>
    /// <returns>What the catalog did.</returns>
    /// <remarks>If the index fails, the catalog change stands and the documents stay pending for <see cref="IndexRepair"/>.</remarks>
    public RemovalResult Remove(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var batch = new IndexBatch(_catalog, _index);
        var result = Apply(_catalog, batch, path);
        if (batch.Count > 0)
        {
            batch.Commit();
        }

        return result;
    }

    /// <summary>Marks a path removed and stages the index changes in a batch (committed by the caller).</summary>
    internal static RemovalResult Apply(CatalogStore catalog, IndexBatch batch, string path)
    {
        var result = catalog.MarkRemoved(path);
        foreach (var id in result.DocumentIdsToDelete)
        {
            batch.Delete(id);
        }

        foreach (var id in result.DocumentIdsToReindex)
        {
            batch.Reindex(id);
        }

        return result;
    }
}
