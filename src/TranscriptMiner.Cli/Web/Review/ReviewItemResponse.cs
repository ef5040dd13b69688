namespace TranscriptMiner.Cli.Web.Review;

/// <summary>Everything the review shows for one segment.</summary>
internal sealed record ReviewItemResponse
{
    /// <summary>Gets the segment under review, with its evidence marked in <see cref="ReviewSegmentDto.Parts"/>.</summary>
    public required ReviewSegmentDto Segment { get; init; }

    /// <summary>Gets the segments before it (context).</summary>
    public required IReadOnlyList<ReviewSegmentDto> Before { get; init; }

    /// <summary>Gets the segments after it (context).</summary>
    public required IReadOnlyList<ReviewSegmentDto> After { get; init; }

    /// <summary>Gets the candidate codes: suggestions (strongest first), flagged codes, codes the coder added.</summary>
    public required IReadOnlyList<ReviewCandidateDto> Candidates { get; init; }

    /// <summary>Gets the open review flags (stale decisions).</summary>
    public required IReadOnlyList<ReviewFlagDto> Flags { get; init; }

    /// <summary>Gets the assignable codes with their palette numbers.</summary>
    public required IReadOnlyList<ReviewCodeDto> Codes { get; init; }

    /// <summary>Gets whose decisions the candidates show.</summary>
    public required string Coder { get; init; }
}
