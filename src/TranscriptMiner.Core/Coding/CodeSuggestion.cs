namespace TranscriptMiner.Core.Coding;

/// <summary>A candidate code for a segment: never a decision, only a proposal a person confirms or rejects.</summary>
public sealed record CodeSuggestion
{
    /// <summary>The score from which a suggestion is made and is pending review (every suggester's scores put "suggest it" at 0.5).</summary>
    public const double Threshold = 0.5;

    /// <summary>Gets the catalog id of the segment.</summary>
    public required long SegmentId { get; init; }

    /// <summary>Gets the suggested code's id.</summary>
    public required string CodeId { get; init; }

    /// <summary>Gets the score in [0,1]: a calibrated probability for models, match strength for rules.</summary>
    public required double Score { get; init; }

    /// <summary>Gets where the suggestion came from.</summary>
    public required SuggestionSource Source { get; init; }

    /// <summary>Gets the source's detail: the keywords that matched (rules, search) or the model version (models).</summary>
    public required string SourceDetail { get; init; }

    /// <summary>Gets the evidence: the terms or phrases of the segment that drove the suggestion, strongest first.</summary>
    public IReadOnlyList<string> Evidence { get; init; } = [];
}
