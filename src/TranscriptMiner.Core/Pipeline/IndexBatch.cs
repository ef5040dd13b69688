using TranscriptMiner.Core.Catalog;
using TranscriptMiner.Core.Indexing;
using TranscriptMiner.Core.Model;

namespace TranscriptMiner.Core.Pipeline;

/// <summary>
/// Index changes not yet committed, and the catalog marks that follow their commit: a document is marked indexed (or
/// deleted from the index) only after the commit that covers it. When anything fails the marks are dropped, so the
/// documents stay pending in the catalog and the next repair redoes them.
/// </summary>
internal sealed class IndexBatch
{
    private readonly CatalogStore _catalog;
    private readonly ISegmentIndexWriter _index;
    private readonly List<(long DocumentId, long VersionId)> _indexed = [];
    private readonly List<long> _deleted = [];

    public IndexBatch(CatalogStore catalog, ISegmentIndexWriter index)
    {
        _catalog = catalog;
        _index = index;
    }

    /// <summary>Gets the number of documents changed since the last commit.</summary>
    public int Count => _indexed.Count + _deleted.Count;

    /// <summary>Replaces a document's entries with its segments (none: it leaves the index).</summary>
    public void Replace(long documentId, long? versionId, IReadOnlyList<CitedSegment> segments)
    {
        _index.ReplaceDocument(documentId, segments);
        if (versionId is { } version)
        {
            _indexed.Add((documentId, version));
        }
    }

    /// <summary>Re-indexes a document from the catalog's current version.</summary>
    public void Reindex(long documentId)
    {
        var segments = _catalog.ReadSegments(documentId);
        var version = segments.Count > 0 ? segments[0].VersionId : _catalog.FindCurrentVersion(documentId);
        Replace(documentId, version, segments);
    }

    /// <summary>Removes a document's entries.</summary>
    public void Delete(long documentId)
    {
        _index.DeleteDocument(documentId);
        _deleted.Add(documentId);
    }

    /// <summary>Commits the index, then records in the catalog what the commit made durable.</summary>
    public void Commit()
    {
        try
        {
            _index.Commit();
            foreach (var id in _deleted)
            {
                _catalog.MarkIndexDeleted(id);
            }

            foreach (var (documentId, versionId) in _indexed)
            {
                _catalog.MarkIndexed(documentId, versionId);
            }
        }
        finally
        {
            Abandon();
        }
    }

    /// <summary>Forgets the pending marks (after a failure: the documents stay pending in the catalog).</summary>
    public void Abandon()
    {
        _indexed.Clear();
        _deleted.Clear();
    }
}
