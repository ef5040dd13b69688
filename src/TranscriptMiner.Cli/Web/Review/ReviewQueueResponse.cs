namespace TranscriptMiner.Cli.Web.Review;

/// <summary>The coder's review queue: the segments with something left to decide, in the order used.</summary>
/// <param name="SegmentIds">The first <c>limit</c> segments, in order.</param>
/// <param name="Total">How many segments the whole queue holds.</param>
/// <param name="Order">The order used (<c>uncertainty</c>, <c>score</c> or <c>document</c>; the terminal's default when none was asked for).</param>
/// <param name="Codes">The assignable codes with their palette numbers (for the page's code filter and palette).</param>
internal sealed record ReviewQueueResponse(IReadOnlyList<long> SegmentIds, int Total, string Order, IReadOnlyList<ReviewCodeDto> Codes);
