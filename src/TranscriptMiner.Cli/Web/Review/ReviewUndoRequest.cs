namespace TranscriptMiner.Cli.Web.Review;

/// <summary>The body of <c>POST /api/review/undo</c>.</summary>
internal sealed record ReviewUndoRequest
{
    /// <summary>Gets the decision to take back (the coder's own, still in force).</summary>
    public long? DecisionId { get; init; }

    /// <summary>Gets who asks.</summary>
    public string? Coder { get; init; }
}
