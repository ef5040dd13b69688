using TranscriptMiner.Core.Model;

namespace TranscriptMiner.Cli.Web.Documents;

/// <summary>One segment of a document in the document view, with its provenance and coding.</summary>
/// <param name="SegmentId">The catalog id.</param>
/// <param name="Ordinal">The 0-based position in the document.</param>
/// <param name="Kind">What the segment is (agenda item, turn, paragraph...).</param>
/// <param name="Text">The text.</param>
/// <param name="PageStart">The first page (0 when unpaged).</param>
/// <param name="PageEnd">The last page (0 when unpaged).</param>
/// <param name="Speaker">The speaker of a turn.</param>
/// <param name="AgendaItemNumber">The agenda item's number as printed.</param>
/// <param name="AgendaItemTitle">The agenda item's title.</param>
/// <param name="HeadingPath">The headings above it, outermost first.</param>
/// <param name="CueStart">When it starts in the recording.</param>
/// <param name="CueEnd">When it ends in the recording.</param>
/// <param name="Start">The start offset in the document's text.</param>
/// <param name="End">The end offset in the document's text.</param>
/// <param name="Citation">The citation, as <see cref="Core.Model.Citation.Format"/> writes it.</param>
/// <param name="Confirmed">Codes confirmed on it.</param>
/// <param name="Rejected">Codes rejected on it.</param>
/// <param name="Suggested">Pending suggestions.</param>
internal sealed record SegmentView(
    long SegmentId,
    int Ordinal,
    SegmentKind Kind,
    string Text,
    int PageStart,
    int PageEnd,
    string? Speaker,
    string? AgendaItemNumber,
    string? AgendaItemTitle,
    IReadOnlyList<string> HeadingPath,
    TimeSpan? CueStart,
    TimeSpan? CueEnd,
    int Start,
    int End,
    string Citation,
    IReadOnlyList<CodeMark> Confirmed,
    IReadOnlyList<CodeMark> Rejected,
    IReadOnlyList<SuggestionMark> Suggested)
{
    /// <summary>Builds the view of a stored segment.</summary>
    /// <param name="cited">The segment with its provenance.</param>
    /// <param name="coding">Its coding.</param>
    /// <returns>The view.</returns>
    public static SegmentView From(CitedSegment cited, SegmentCoding coding)
    {
        var s = cited.Segment;
        return new SegmentView(
            cited.SegmentId,
            s.Ordinal,
            s.Kind,
            s.Text,
            s.PageStart,
            s.PageEnd,
            s.Speaker,
            s.AgendaItemNumber,
            s.AgendaItemTitle,
            s.HeadingPath,
            s.CueStart,
            s.CueEnd,
            s.Start,
            s.End,
            Core.Model.Citation.Format(cited),
            coding.Confirmed,
            coding.Rejected,
            coding.Suggested);
    }
}
