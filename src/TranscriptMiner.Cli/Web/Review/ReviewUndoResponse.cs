namespace TranscriptMiner.Cli.Web.Review;

/// <summary>The answer of <c>POST /api/review/undo</c>.</summary>
/// <param name="Undone">The decision taken back (now undone).</param>
/// <param name="Restored">The decision it had replaced, in force again, or <see langword="null"/>.</param>
internal sealed record ReviewUndoResponse(ReviewDecisionDto Undone, ReviewDecisionDto? Restored);
