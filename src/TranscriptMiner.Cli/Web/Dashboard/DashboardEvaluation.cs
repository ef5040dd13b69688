namespace TranscriptMiner.Cli.Web.Dashboard;

/// <summary>The latest evaluation per code (<c>GET /api/dashboard</c>'s <c>evaluation</c>).</summary>
/// <param name="Source"><c>evaluation</c> (the newest report <c>transcriptminer evaluate</c> saved), <c>models</c> (no saved report: the current model set's own cross-validated figures) or <c>none</c>.</param>
/// <param name="EvaluatedAt">When the figures were made (the evaluation, or the training).</param>
/// <param name="Examples">Examples evaluated (saved evaluations only).</param>
/// <param name="Folds">Folds (saved evaluations only).</param>
/// <param name="MacroF1">The models' macro F1 (saved evaluations only).</param>
/// <param name="MicroF1">The models' micro F1 (saved evaluations only).</param>
/// <param name="BaselineMacroF1">The rules baseline's macro F1 (saved evaluations only).</param>
/// <param name="History">Every saved evaluation, oldest first.</param>
/// <param name="Codes">The per-code figures.</param>
internal sealed record DashboardEvaluation(
    string Source,
    DateTimeOffset? EvaluatedAt,
    int? Examples,
    int? Folds,
    double? MacroF1,
    double? MicroF1,
    double? BaselineMacroF1,
    IReadOnlyList<DashboardEvaluationPoint> History,
    IReadOnlyList<DashboardCodeEvaluation> Codes);
