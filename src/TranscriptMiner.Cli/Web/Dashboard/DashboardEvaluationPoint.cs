namespace TranscriptMiner.Cli.Web.Dashboard;

/// <summary>One saved evaluation in the history.</summary>
/// <param name="EvaluatedAt">When it ran.</param>
/// <param name="Examples">Examples evaluated.</param>
/// <param name="MacroF1">The models' macro F1.</param>
/// <param name="BaselineMacroF1">The rules baseline's macro F1.</param>
internal sealed record DashboardEvaluationPoint(DateTimeOffset EvaluatedAt, int Examples, double? MacroF1, double? BaselineMacroF1);
