using TranscriptMiner.Abstractions;
using TranscriptMiner.Plugins.Pdf.Composition;
using TranscriptMiner.Plugins.Pdf.Layout;

namespace TranscriptMiner.Plugins.Pdf;

/// <summary>
/// Extracts PDF documents with PdfPig: text in reading order (columns one after another), headings from font
/// size and weight, table rows, list items, page breaks, with running headers, footers and page numbers removed.
/// </summary>
/// <remarks>Stateless and thread-safe: every call works on its own objects.</remarks>
public sealed class PdfExtractor : IDocumentExtractor
{
    /// <inheritdoc />
    public string Name => "pdf";

    /// <inheritdoc />
    public IReadOnlyList<string> MediaTypes { get; } = [MediaTypeNames.Pdf];

    /// <inheritdoc />
    public IReadOnlyList<string> Extensions { get; } = [".pdf"];

    /// <inheritdoc />
    public async Task<ExtractedDocument> ExtractAsync(ExtractionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        cancellationToken.ThrowIfCancellationRequested();
        var truncated = PdfDocumentOpener.LooksTruncated(request.Content);
        using var document = PdfDocumentOpener.Open(request.Content);
        var pageCount = document.NumberOfPages;
        if (pageCount > request.Limits.MaxPages)
        {
            throw new ExtractionException(
                ExtractionFailureKind.TooLarge,
                $"the PDF has {pageCount} pages, more than the configured limit of {request.Limits.MaxPages}");
        }

        var warnings = new List<ExtractionWarning>();
        if (truncated)
        {
            warnings.Add(new ExtractionWarning("truncated", "The file seems cut short (no end-of-file marker); text at the end may be missing."));
        }

        var properties = PdfPropertiesReader.Read(document, warnings);
        var outcomes = await PdfPagePipeline.ReadAsync(document, pageCount, cancellationToken).ConfigureAwait(false);

        var histogram = new FontSizeHistogram();
        var pages = new PageLayout?[pageCount];
        var pagesWithText = new List<PageLayout>(pageCount);
        foreach (var outcome in outcomes)
        {
            if (outcome.Warning is not null)
            {
                warnings.Add(outcome.Warning);
            }

            if (outcome.Layout is not null)
            {
                pages[outcome.Layout.Number - 1] = outcome.Layout;
                pagesWithText.Add(outcome.Layout);
                histogram.Add(outcome.Histogram!);
            }
        }

        if (pagesWithText.Count == 0)
        {
            // Only a whole file whose pages all parsed and show images or drawings is a scan; otherwise text may be lost.
            var unreadable = Array.Exists(outcomes, outcome => outcome.IsUnreadable);
            if (!truncated && !unreadable && Array.Exists(outcomes, outcome => outcome.HasNoTextLayer))
            {
                throw new ExtractionException(ExtractionFailureKind.NoTextLayer, "no page has a text layer (scanned?); OCR is needed");
            }

            throw new ExtractionException(
                ExtractionFailureKind.Corrupt,
                truncated ? "the PDF is cut short and no text could be read from it"
                : unreadable ? "no page of the PDF could be read"
                : "no page has any text, images or drawings (blank or damaged)");
        }

        cancellationToken.ThrowIfCancellationRequested();
        RunningLineFilter.Mark(pagesWithText);
        var blocks = new BlockComposer(histogram.Mode).Compose(pages, request.Limits.MaxBlocks);
        return new ExtractedDocument(blocks, properties, warnings);
    }
}
