using TranscriptMiner.Core.Model;

namespace TranscriptMiner.Core.Indexing;

/// <summary>
/// What the ingest pipeline's single writer needs from the search index: replace or delete a document's segments,
/// then commit. The catalog is the source of truth; the index is rebuilt from it when the two disagree.
/// </summary>
public interface ISegmentIndexWriter
{
    /// <summary>Replaces every indexed segment of a document with <paramref name="segments"/> (none: the document leaves the index).</summary>
    /// <param name="documentId">The catalog id of the document.</param>
    /// <param name="segments">The document's current segments.</param>
    void ReplaceDocument(long documentId, IReadOnlyList<CitedSegment> segments);

    /// <summary>Removes every indexed segment of a document.</summary>
    /// <param name="documentId">The catalog id of the document.</param>
    void DeleteDocument(long documentId);

    /// <summary>Makes the changes so far durable and visible to searches.</summary>
    void Commit();
}
