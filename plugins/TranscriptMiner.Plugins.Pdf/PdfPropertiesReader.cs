using TranscriptMiner.Abstractions;
using UglyToad.PdfPig;

namespace TranscriptMiner.Plugins.Pdf;

/// <summary>Reads the PDF information dictionary; a damaged dictionary gives empty properties, not a failure.</summary>
internal static class PdfPropertiesReader
{
    public static DocumentProperties Read(PdfDocument document, ICollection<ExtractionWarning> warnings)
    {
        var pageCount = document.NumberOfPages;
        try
        {
            var information = document.Information;
            return new DocumentProperties
            {
                Title = Clean(information.Title),
                Author = Clean(information.Author),
                Subject = Clean(information.Subject),
                Created = TryDate(information.GetCreatedDateTimeOffset),
                Modified = TryDate(information.GetModifiedDateTimeOffset),
                PageCount = pageCount,
            };
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            warnings.Add(new ExtractionWarning("bad-metadata", $"The document information could not be read: {exception.Message}"));
            return new DocumentProperties { PageCount = pageCount };
        }
    }

    private static string? Clean(string? value)
    {
        var trimmed = value?.Trim().Trim('\0');
        return string.IsNullOrEmpty(trimmed) ? null : trimmed;
    }

    private static DateTimeOffset? TryDate(Func<DateTimeOffset?> read)
    {
        try
        {
            return read();
        }
        catch (Exception exception) when (exception is FormatException or ArgumentException or InvalidOperationException)
        {
            return null;
        }
    }
}
