using TranscriptMiner.Cli.Review;
using TranscriptMiner.Core.Coding;

namespace TranscriptMiner.Cli.Web.Review;

/// <summary>A code listed on the segment under review, as the terminal review lists it, with the coder's current verdict.</summary>
internal sealed record ReviewCandidateDto
{
    /// <summary>Gets the code's id.</summary>
    public required string CodeId { get; init; }

    /// <summary>Gets the code's name.</summary>
    public required string CodeName { get; init; }

    /// <summary>Gets what the code means, if the codebook says.</summary>
    public string? Description { get; init; }

    /// <summary>Gets why it is listed: a suggestion, an open review flag, or a code the coder added.</summary>
    public required ReviewCandidateKind Kind { get; init; }

    /// <summary>Gets the suggestion's score, if any.</summary>
    public double? Score { get; init; }

    /// <summary>Gets the source a verdict on it records (<c>rule: ...</c>, <c>model V</c>, <c>search: ...</c>, <c>human</c>).</summary>
    public required string Source { get; init; }

    /// <summary>Gets a value indicating whether the coder has yet to decide.</summary>
    public required bool IsPending { get; init; }

    /// <summary>Gets the coder's current verdict, if decided.</summary>
    public DecisionVerdict? Verdict { get; init; }

    /// <summary>Gets the id of the coder's current decision, if decided.</summary>
    public long? DecisionId { get; init; }

    /// <summary>Gets the open review flag's reason (a decision that did not survive a change of the text), if flagged.</summary>
    public string? FlagReason { get; init; }

    /// <summary>Gets the suggestion's evidence terms.</summary>
    public required IReadOnlyList<string> EvidenceTerms { get; init; }

    /// <summary>Gets where the evidence terms occur in the segment's text.</summary>
    public required IReadOnlyList<ReviewSpan> Evidence { get; init; }
}
