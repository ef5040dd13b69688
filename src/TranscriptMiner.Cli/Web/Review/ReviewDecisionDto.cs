using TranscriptMiner.Core.Coding;

namespace TranscriptMiner.Cli.Web.Review;

/// <summary>A recorded decision, as the catalog's audit trail holds it.</summary>
/// <param name="Id">The decision's id (for undo).</param>
/// <param name="SegmentId">The segment.</param>
/// <param name="CodeId">The code.</param>
/// <param name="Verdict">Accepted or rejected.</param>
/// <param name="Coder">Who decided.</param>
/// <param name="DecidedAt">When.</param>
/// <param name="Source">What the decision was about (<c>rule: ...</c>, <c>model V</c>, <c>search: ...</c>, <c>human</c>).</param>
/// <param name="Score">The suggestion's score, if any.</param>
/// <param name="State">In force, superseded or undone.</param>
internal sealed record ReviewDecisionDto(
    long Id,
    long SegmentId,
    string CodeId,
    DecisionVerdict Verdict,
    string Coder,
    DateTimeOffset DecidedAt,
    string Source,
    double? Score,
    DecisionState State)
{
    /// <summary>Copies a catalog decision.</summary>
    /// <param name="decision">The decision.</param>
    /// <returns>The answer.</returns>
    public static ReviewDecisionDto From(CodingDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        return new(decision.Id, decision.SegmentId, decision.CodeId, decision.Verdict, decision.Coder, decision.DecidedAt, decision.Source, decision.Score, decision.State);
    }
}
