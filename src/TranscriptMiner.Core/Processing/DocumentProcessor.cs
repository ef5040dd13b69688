using TranscriptMiner.Core.Extraction;
using TranscriptMiner.Core.Metadata;
using TranscriptMiner.Core.Segmentation;

namespace TranscriptMiner.Core.Processing;

/// <summary>
/// Runs one file through the pipeline's pure stages: detection and extraction (plugins), metadata inference and the
/// sidecar override, then segmentation. Stores nothing.
/// </summary>
/// <remarks>Every failure surfaces as <see cref="DocumentFailedException"/> naming the file; cancellation by the caller
/// surfaces as <see cref="OperationCanceledException"/>.</remarks>
public sealed class DocumentProcessor : IDocumentProcessor
{
    private readonly DocumentExtractionService _extraction;
    private readonly MetadataInferrer _metadata;
    private readonly SidecarMetadata _sidecar;
    private readonly DocumentSegmenter _segmenter;

    /// <summary>Initializes a new processor from its stages.</summary>
    /// <param name="extraction">Detection and extraction.</param>
    /// <param name="metadata">Metadata inference.</param>
    /// <param name="sidecar">The <c>.meta.json</c> override.</param>
    /// <param name="segmenter">Segmentation.</param>
    public DocumentProcessor(DocumentExtractionService extraction, MetadataInferrer metadata, SidecarMetadata sidecar, DocumentSegmenter segmenter)
    {
        _extraction = extraction;
        _metadata = metadata;
        _sidecar = sidecar;
        _segmenter = segmenter;
    }

    /// <summary>Processes one file.</summary>
    /// <param name="path">The file to read.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <returns>The processed document.</returns>
    /// <exception cref="DocumentFailedException">The file could not be processed; the exception says why.</exception>
    public async Task<ProcessedDocument> ProcessAsync(string path, CancellationToken cancellationToken)
    {
        var extraction = await _extraction.ExtractAsync(path, cancellationToken).ConfigureAwait(false);
        var document = extraction.Document;
        var metadata = _sidecar.ApplySidecar(_metadata.Infer(document, extraction.FileName), extraction.Path);
        var segmented = _segmenter.Segment(document, metadata.Kind, cancellationToken);
        return new ProcessedDocument
        {
            SourcePath = extraction.Path,
            MediaType = extraction.MediaType,
            PluginId = extraction.PluginId,
            ExtractorName = extraction.ExtractorName,
            Length = extraction.Length,
            ContentHash = extraction.ContentHash,
            Properties = document.Properties,
            Metadata = metadata,
            PlainText = segmented.PlainText,
            Segments = segmented.Segments,
            Warnings = document.Warnings,
        };
    }
}
