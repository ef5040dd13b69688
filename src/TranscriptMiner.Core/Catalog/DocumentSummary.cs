using TranscriptMiner.Core.Model;

namespace TranscriptMiner.Core.Catalog;

/// <summary>One live document of the catalog as a list shows it: its provenance and how many segments its current version has.</summary>
public sealed record DocumentSummary
{
    /// <summary>Gets the catalog id of the document.</summary>
    public required long Id { get; init; }

    /// <summary>Gets the document's title, if known.</summary>
    public string? Title { get; init; }

    /// <summary>Gets the path the document was ingested from (its first live location; a removed one when none is live).</summary>
    public required string SourcePath { get; init; }

    /// <summary>Gets the document's kind.</summary>
    public DocumentKind Kind { get; init; }

    /// <summary>Gets the organisation, if known.</summary>
    public string? Organisation { get; init; }

    /// <summary>Gets the committee or meeting, if known.</summary>
    public string? Committee { get; init; }

    /// <summary>Gets the meeting date, if known.</summary>
    public DateOnly? MeetingDate { get; init; }

    /// <summary>Gets the number of pages, or 0 for unpaged formats.</summary>
    public int PageCount { get; init; }

    /// <summary>Gets the number of segments of the current version.</summary>
    public int SegmentCount { get; init; }
}
