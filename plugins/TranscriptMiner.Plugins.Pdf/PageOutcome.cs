using TranscriptMiner.Abstractions;
using TranscriptMiner.Plugins.Pdf.Layout;

namespace TranscriptMiner.Plugins.Pdf;

/// <summary>What reading one page gave: its layout, or a warning saying why there is none.</summary>
internal sealed class PageOutcome
{
    private PageOutcome(PageLayout? layout, ExtractionWarning? warning, FontSizeHistogram? histogram)
    {
        Layout = layout;
        Warning = warning;
        Histogram = histogram;
    }

    public PageLayout? Layout { get; }

    public ExtractionWarning? Warning { get; }

    public FontSizeHistogram? Histogram { get; }

    public const string NoTextLayerCode = "no-text-layer";

    public const string BlankPageCode = "blank-page";

    public const string BadPageCode = "bad-page";

    /// <summary>Gets whether the page has graphics (images or paths) but no text: a scan or a picture.</summary>
    public bool HasNoTextLayer => Warning?.Code == NoTextLayerCode;

    /// <summary>Gets whether the page could not be parsed.</summary>
    public bool IsUnreadable => Warning?.Code == BadPageCode;

    public static PageOutcome Read(PageLayout layout, FontSizeHistogram histogram) => new(layout, null, histogram);

    public static PageOutcome NoTextLayer(int page) => new(
        null,
        new ExtractionWarning(NoTextLayerCode, $"Page {page} has no text layer (an image or a scan?); it needs OCR.", page),
        null);

    public static PageOutcome Blank(int page) => new(
        null,
        new ExtractionWarning(BlankPageCode, $"Page {page} is blank: no text, images or drawings.", page),
        null);

    public static PageOutcome Unreadable(int page, Exception exception) => new(
        null,
        new ExtractionWarning(BadPageCode, $"Page {page} could not be read and was skipped: {exception.Message}", page),
        null);
}
