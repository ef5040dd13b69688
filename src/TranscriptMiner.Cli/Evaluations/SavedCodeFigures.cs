namespace TranscriptMiner.Cli.Evaluations;

/// <summary>One code's figures for one suggester in a saved evaluation.</summary>
/// <param name="CodeId">The code.</param>
/// <param name="Support">The human positives (the code's count).</param>
/// <param name="Precision">The precision.</param>
/// <param name="Recall">The recall.</param>
/// <param name="F1">The F1.</param>
/// <param name="Kappa">Cohen's kappa against the people, when defined.</param>
/// <param name="Threshold">The decision threshold, when the suggester reports one.</param>
internal sealed record SavedCodeFigures(string CodeId, int Support, double? Precision, double? Recall, double? F1, double? Kappa, double? Threshold);
