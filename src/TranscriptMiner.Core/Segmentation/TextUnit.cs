using TranscriptMiner.Abstractions;

namespace TranscriptMiner.Core.Segmentation;

/// <summary>One block's normalised text and where it sits in the document's plain text.</summary>
/// <param name="Block">The block it came from.</param>
/// <param name="Text">The normalised text (list number and table cells included).</param>
/// <param name="Start">The offset of <paramref name="Text"/> in the plain text.</param>
/// <param name="Page">The page the block is on (0 when unpaged).</param>
/// <param name="Words">The number of words in <paramref name="Text"/>.</param>
internal sealed record TextUnit(ExtractedBlock Block, string Text, int Start, int Page, int Words)
{
    /// <summary>Gets the exclusive end offset in the plain text.</summary>
    public int End => Start + Text.Length;

    /// <summary>Gets when the unit starts in the recording: the cue start or a parsed timestamp.</summary>
    public TimeSpan? CueStart { get; init; } = Block.Start;

    /// <summary>Gets when the unit ends in the recording, if known.</summary>
    public TimeSpan? CueEnd { get; init; } = Block.End;
}
