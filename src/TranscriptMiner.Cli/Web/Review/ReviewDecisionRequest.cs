namespace TranscriptMiner.Cli.Web.Review;

/// <summary>The body of <c>POST /api/review/decisions</c>.</summary>
internal sealed record ReviewDecisionRequest
{
    /// <summary>Gets the segment.</summary>
    public long? SegmentId { get; init; }

    /// <summary>Gets the code (an assignable code's id or name, or a code listed on the segment).</summary>
    public string? CodeId { get; init; }

    /// <summary>Gets the verdict: <c>accepted</c> or <c>rejected</c>.</summary>
    public string? Verdict { get; init; }

    /// <summary>Gets who decides.</summary>
    public string? Coder { get; init; }
}
