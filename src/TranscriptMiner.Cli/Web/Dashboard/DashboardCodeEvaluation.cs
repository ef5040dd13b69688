namespace TranscriptMiner.Cli.Web.Dashboard;

/// <summary>One code's latest evaluation figures.</summary>
/// <param name="Code">The code's id.</param>
/// <param name="Name">The code's name (its id when the codebook no longer has it).</param>
/// <param name="Support">Human positives.</param>
/// <param name="Precision">The precision.</param>
/// <param name="Recall">The recall.</param>
/// <param name="F1">The F1.</param>
/// <param name="Threshold">The decision threshold.</param>
/// <param name="Kappa">Cohen's kappa against the people, when known.</param>
/// <param name="BaselineF1">The rules baseline's F1 on the same folds, when known.</param>
/// <param name="History">The code's F1 in each saved evaluation, oldest first (null where it was not evaluated).</param>
internal sealed record DashboardCodeEvaluation(
    string Code,
    string Name,
    int Support,
    double? Precision,
    double? Recall,
    double? F1,
    double? Threshold,
    double? Kappa,
    double? BaselineF1,
    IReadOnlyList<double?> History);
