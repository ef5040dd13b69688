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
    public Task<ExtractedDocument> ExtractAsync(ExtractionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        try
        {
            return Task.FromResult(Extract(request, cancellationToken));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<ExtractedDocument>(cancellationToken);
        }
        catch (Exception exception)
        {
            return Task.FromException<ExtractedDocument>(exception);
        }
    }

    private static ExtractedDocument Extract(ExtractionRequest request, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var document = PdfDocumentOpener.Open(request.Content);
        var pageCount = document.NumberOfPages;
        if (pageCount > request.Limits.MaxPages)
        {
            throw new ExtractionException(
                ExtractionFailureKind.TooLarge,
                $"the PDF has {pageCount} pages, more than the configured limit of {request.Limits.MaxPages}");
        }

        var warnings = new List<ExtractionWarning>();
        var properties = PdfPropertiesReader.Read(document, warnings);
        var histogram = new FontSizeHistogram();
        var reader = new PageLayoutReader(histogram);
        var pages = new PageLayout?[pageCount];
        var pagesWithText = new List<PageLayout>(pageCount);
        for (var number = 1; number <= pageCount; number++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            PageLayout? layout;
            try
            {
                layout = reader.Read(document.GetPage(number), number);
            }
            catch (Exception exception) when (exception is not OperationCanceledException and not ExtractionException)
            {
                warnings.Add(new ExtractionWarning("bad-page", $"Page {number} could not be read and was skipped: {exception.Message}", number));
                continue;
            }

            if (layout is null)
            {
                warnings.Add(new ExtractionWarning("no-text-layer", $"Page {number} has no text layer (an image or a scan?); it needs OCR.", number));
                continue;
            }

            pages[number - 1] = layout;
            pagesWithText.Add(layout);
        }

        if (pagesWithText.Count == 0)
        {
            if (warnings.Exists(warning => warning.Code == "no-text-layer"))
            {
                throw new ExtractionException(ExtractionFailureKind.NoTextLayer, "no page has a text layer (scanned?); OCR is needed");
            }

            throw new ExtractionException(ExtractionFailureKind.Corrupt, "no page of the PDF could be read");
        }

        RunningLineFilter.Mark(pagesWithText);
        var blocks = new BlockComposer(histogram.Mode).Compose(pages, request.Limits.MaxBlocks);
        return new ExtractedDocument(blocks, properties, warnings);
    }
}
