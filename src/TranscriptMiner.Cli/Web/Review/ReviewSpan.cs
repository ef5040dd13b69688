namespace TranscriptMiner.Cli.Web.Review;

/// <summary>A range of a segment's text (UTF-16 offsets, as JavaScript strings count).</summary>
/// <param name="Start">The first character.</param>
/// <param name="Length">The number of characters.</param>
internal sealed record ReviewSpan(int Start, int Length);
