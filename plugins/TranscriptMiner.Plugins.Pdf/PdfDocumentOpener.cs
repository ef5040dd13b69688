using TranscriptMiner.Abstractions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace TranscriptMiner.Plugins.Pdf;

/// <summary>Opens a PDF leniently and turns every way it can fail into an <see cref="ExtractionException"/>.</summary>
internal static class PdfDocumentOpener
{
    private static readonly ParsingOptions Options = new()
    {
        UseLenientParsing = true,
        SkipMissingFonts = true,
    };

    public static PdfDocument Open(Stream content)
    {
        if (content.CanSeek && content.Length == 0)
        {
            throw new ExtractionException(ExtractionFailureKind.Corrupt, "the file is empty");
        }

        PdfDocument document;
        try
        {
            document = PdfDocument.Open(content, Options);
        }
        catch (PdfDocumentEncryptedException exception)
        {
            throw new ExtractionException(ExtractionFailureKind.Encrypted, "the PDF is encrypted and needs a password", exception);
        }
        catch (Exception exception) when (exception is not OperationCanceledException and not ExtractionException)
        {
            throw new ExtractionException(ExtractionFailureKind.Corrupt, $"the PDF could not be opened: {exception.Message}", exception);
        }

        try
        {
            if (document.NumberOfPages < 1)
            {
                throw new ExtractionException(ExtractionFailureKind.Corrupt, "the PDF has no pages");
            }
        }
        catch (Exception exception) when (exception is not ExtractionException)
        {
            document.Dispose();
            throw new ExtractionException(ExtractionFailureKind.Corrupt, $"the PDF's page tree could not be read: {exception.Message}", exception);
        }
        catch
        {
            document.Dispose();
            throw;
        }

        return document;
    }
}
