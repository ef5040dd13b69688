namespace TranscriptMiner.Core.Model;

/// <summary>
/// The unit of search and coding: a span of a document's normalised plain text with its provenance.
/// </summary>
/// <remarks>
/// <see cref="Text"/> is exactly <c>plainText[Start..End]</c> of the document's normalised plain text, so an export can
/// point into the document precisely. Pages are 1-based (0 when the format has no pages).
/// </remarks>
public sealed record Segment
{
    /// <summary>Gets the 0-based position of the segment in its document.</summary>
    public required int Ordinal { get; init; }

    /// <summary>Gets what the segment is.</summary>
    public required SegmentKind Kind { get; init; }

    /// <summary>Gets the segment's text: the document plain text between <see cref="Start"/> and <see cref="End"/>.</summary>
    public required string Text { get; init; }

    /// <summary>Gets the inclusive start offset (UTF-16 code units) into the document's plain text.</summary>
    public required int Start { get; init; }

    /// <summary>Gets the exclusive end offset (UTF-16 code units) into the document's plain text.</summary>
    public required int End { get; init; }

    /// <summary>Gets the first page the segment is on, or 0 for unpaged formats.</summary>
    public int PageStart { get; init; }

    /// <summary>Gets the last page the segment is on, or 0 for unpaged formats.</summary>
    public int PageEnd { get; init; }

    /// <summary>Gets the headings above the segment, outermost first.</summary>
    public IReadOnlyList<string> HeadingPath { get; init; } = [];

    /// <summary>Gets the agenda item number as printed, such as <c>4.2</c>, <c>Item 7</c> or <c>PCCC/21/045</c>.</summary>
    public string? AgendaItemNumber { get; init; }

    /// <summary>Gets the agenda item's title, such as <c>Antibiotic prescribing</c>.</summary>
    public string? AgendaItemTitle { get; init; }

    /// <summary>Gets the speaker of a turn, as labelled in the source (<c>Interviewer</c>, <c>P12</c>, <c>Dr Smith</c>).</summary>
    public string? Speaker { get; init; }

    /// <summary>Gets when the segment starts in the recording, for captions and timestamped transcripts.</summary>
    public TimeSpan? CueStart { get; init; }

    /// <summary>Gets when the segment ends in the recording, if known.</summary>
    public TimeSpan? CueEnd { get; init; }
}
