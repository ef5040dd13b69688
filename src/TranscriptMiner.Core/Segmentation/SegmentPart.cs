namespace TranscriptMiner.Core.Segmentation;

/// <summary>A span of plain text that becomes one segment, with its provenance.</summary>
internal sealed class SegmentPart
{
    public SegmentPart(SegmentLabel label, int start, int end, int words, int page)
    {
        Label = label;
        Start = start;
        End = end;
        Words = words;
        PageStart = page;
        PageEnd = page;
    }

    public SegmentLabel Label { get; }

    public int Start { get; }

    public int End { get; private set; }

    public int Words { get; private set; }

    public int PageStart { get; private set; }

    public int PageEnd { get; private set; }

    public TimeSpan? CueStart { get; set; }

    public TimeSpan? CueEnd { get; set; }

    /// <summary>Extends the part to cover a following span (a unit or a part).</summary>
    public void Append(int end, int words, int pageStart, int pageEnd, TimeSpan? cueStart, TimeSpan? cueEnd)
    {
        End = end;
        Words += words;
        if (PageStart == 0)
        {
            PageStart = pageStart;
        }

        PageEnd = Math.Max(PageEnd, pageEnd);
        CueStart ??= cueStart;
        CueEnd = cueEnd ?? CueEnd;
    }

    /// <summary>Absorbs the part that follows this one.</summary>
    public void Absorb(SegmentPart next) =>
        Append(next.End, next.Words, next.PageStart, next.PageEnd, next.CueStart, next.CueEnd);
}
