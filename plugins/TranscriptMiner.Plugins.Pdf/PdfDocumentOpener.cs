using TranscriptMiner.Abstractions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace TranscriptMiner.Plugins.Pdf;

/// <summary>Opens a PDF leniently and turns every way it can fail into an <see cref="ExtractionException"/>.</summary>
internal static class PdfDocumentOpener
{
    private const int TailBytes = 2048;

    private static readonly ParsingOptions Options = new()
    {
        UseLenientParsing = true,
        SkipMissingFonts = true,
    };

    /// <summary>Whether the file lacks the <c>%%EOF</c> marker near its end (a cut-short download or copy).</summary>
    /// <remarks>Leaves the stream at its start.</remarks>
    public static bool LooksTruncated(Stream content)
    {
        if (!content.CanSeek || content.Length == 0)
        {
            return false;
        }

        try
        {
            var tailLength = (int)Math.Min(TailBytes, content.Length);
            var tail = new byte[tailLength];
            content.Seek(-tailLength, SeekOrigin.End);
            content.ReadExactly(tail);
            content.Seek(0, SeekOrigin.Begin);
            return tail.AsSpan().IndexOf("%%EOF"u8) < 0;
        }
        catch (IOException exception)
        {
            throw new ExtractionException(ExtractionFailureKind.Unreadable, $"the file could not be read: {exception.Message}", exception);
        }
    }

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
