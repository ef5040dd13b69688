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

    public bool HasNoTextLayer => Warning?.Code == NoTextLayerCode;

    public const string NoTextLayerCode = "no-text-layer";

    public static PageOutcome Read(PageLayout layout, FontSizeHistogram histogram) => new(layout, null, histogram);

    public static PageOutcome NoTextLayer(int page) => new(
        null,
        new ExtractionWarning(NoTextLayerCode, $"Page {page} has no text layer (an image or a scan?); it needs OCR.", page),
        null);

    public static PageOutcome Unreadable(int page, Exception exception) => new(
        null,
        new ExtractionWarning("bad-page", $"Page {page} could not be read and was skipped: {exception.Message}", page),
        null);
}
