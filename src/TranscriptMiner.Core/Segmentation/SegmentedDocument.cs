using TranscriptMiner.Core.Model;

namespace TranscriptMiner.Core.Segmentation;

/// <summary>A document's normalised plain text and the segments that cut it up.</summary>
public sealed class SegmentedDocument
{
    /// <summary>Initializes a new segmented document.</summary>
    /// <param name="plainText">The normalised plain text: block texts joined by blank lines.</param>
    /// <param name="segments">The segments, in order; each one's text is <c>plainText[Start..End]</c>.</param>
    public SegmentedDocument(string plainText, IReadOnlyList<Segment> segments)
    {
        ArgumentNullException.ThrowIfNull(plainText);
        ArgumentNullException.ThrowIfNull(segments);
        PlainText = plainText;
        Segments = segments;
    }

    /// <summary>Gets the normalised plain text: each block's text (NFC, whitespace collapsed) joined by <c>"\n\n"</c>, footnotes last.</summary>
    public string PlainText { get; }

    /// <summary>Gets the segments in document order, with ordinals 0..n-1.</summary>
    public IReadOnlyList<Segment> Segments { get; }
}
