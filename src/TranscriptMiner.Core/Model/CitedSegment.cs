namespace TranscriptMiner.Core.Model;

/// <summary>
/// A stored segment together with the provenance of its document: what the catalog hands the search index, and what a
/// search hit cites.
/// </summary>
/// <remarks>Ids are the catalog's. A document's segments are replaced as a whole when a new version is written.</remarks>
public sealed record CitedSegment
{
    /// <summary>Gets the catalog id of the segment (unique across the workspace, never reused).</summary>
    public required long SegmentId { get; init; }

    /// <summary>Gets the catalog id of the document.</summary>
    public required long DocumentId { get; init; }

    /// <summary>Gets the catalog id of the document version the segment belongs to.</summary>
    public required long VersionId { get; init; }

    /// <summary>Gets the segment itself (text, offsets, pages, speaker, agenda item, heading path, cue times).</summary>
    public required Segment Segment { get; init; }

    /// <summary>Gets the document's title, for citations.</summary>
    public string? DocumentTitle { get; init; }

    /// <summary>Gets the path the document was ingested from (its first live location).</summary>
    public required string SourcePath { get; init; }

    /// <summary>Gets the document's kind.</summary>
    public DocumentKind DocumentKind { get; init; }

    /// <summary>Gets the organisation, if known.</summary>
    public string? Organisation { get; init; }

    /// <summary>Gets the committee or meeting, if known.</summary>
    public string? Committee { get; init; }

    /// <summary>Gets the meeting date, if known.</summary>
    public DateOnly? MeetingDate { get; init; }

    /// <summary>Gets the document's SHA-256 content hash (lower-case hex).</summary>
    public required string ContentHash { get; init; }
}
