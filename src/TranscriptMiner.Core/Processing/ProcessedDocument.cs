using TranscriptMiner.Abstractions;
using TranscriptMiner.Core.Model;

namespace TranscriptMiner.Core.Processing;

/// <summary>A document after detection, extraction, metadata inference and segmentation: what storage receives.</summary>
public sealed class ProcessedDocument
{
    /// <summary>Gets the full path of the source file.</summary>
    public required string SourcePath { get; init; }

    /// <summary>Gets the media type detection settled on.</summary>
    public required string MediaType { get; init; }

    /// <summary>Gets the id of the plugin that extracted the document.</summary>
    public required string PluginId { get; init; }

    /// <summary>Gets the name of the extractor within that plugin.</summary>
    public required string ExtractorName { get; init; }

    /// <summary>Gets the source file's length in bytes.</summary>
    public required long Length { get; init; }

    /// <summary>Gets the SHA-256 of the bytes that were extracted (lower-case hex): the document's identity in the catalog.</summary>
    public required string ContentHash { get; init; }

    /// <summary>Gets what the document says about itself.</summary>
    public required DocumentProperties Properties { get; init; }

    /// <summary>Gets the inferred (and sidecar-overridden) metadata.</summary>
    public required DocumentMetadata Metadata { get; init; }

    /// <summary>Gets the document's normalised plain text; segment offsets point into it.</summary>
    public required string PlainText { get; init; }

    /// <summary>Gets the segments in document order.</summary>
    public required IReadOnlyList<Segment> Segments { get; init; }

    /// <summary>Gets what the extractor noticed without failing.</summary>
    public required IReadOnlyList<ExtractionWarning> Warnings { get; init; }

    /// <summary>Gets the number of pages (0 for unpaged formats).</summary>
    public int PageCount => Properties.PageCount;
}
