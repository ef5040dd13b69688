namespace TranscriptMiner.Cli.Web.Review;

/// <summary>An open review flag: a decision on the segment whose text changed since, to confirm again.</summary>
/// <param name="CodeId">The code.</param>
/// <param name="Reason">Why it was flagged.</param>
/// <param name="DecisionId">The decision that did not survive.</param>
internal sealed record ReviewFlagDto(string CodeId, string Reason, long DecisionId);
