namespace TranscriptMiner.Cli.Evaluations;

/// <summary>An evaluation report saved by <c>transcriptminer evaluate</c>, as read back from the workspace.</summary>
internal sealed record SavedEvaluation
{
    /// <summary>Gets when the evaluation ran (UTC, from the file name).</summary>
    public required DateTimeOffset EvaluatedAt { get; init; }

    /// <summary>Gets the number of examples (decided segments) evaluated.</summary>
    public required int Examples { get; init; }

    /// <summary>Gets the number of folds.</summary>
    public required int Folds { get; init; }

    /// <summary>Gets the models' macro F1, if the models were evaluated.</summary>
    public double? MacroF1 { get; init; }

    /// <summary>Gets the models' micro F1, if the models were evaluated.</summary>
    public double? MicroF1 { get; init; }

    /// <summary>Gets the rules baseline's macro F1, if it was evaluated.</summary>
    public double? BaselineMacroF1 { get; init; }

    /// <summary>Gets the models' per-code figures.</summary>
    public required IReadOnlyList<SavedCodeFigures> Codes { get; init; }

    /// <summary>Gets the rules baseline's per-code figures.</summary>
    public required IReadOnlyList<SavedCodeFigures> BaselineCodes { get; init; }
}
