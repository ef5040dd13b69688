using TranscriptMiner.Core.Learning;

namespace TranscriptMiner.Cli.Web.Dashboard;

/// <summary>The current model set (<c>GET /api/dashboard</c>'s <c>models</c>).</summary>
/// <param name="Version">The version.</param>
/// <param name="TrainedAt">When it was trained (UTC).</param>
/// <param name="TrainingSetHash">The hash of its training set.</param>
/// <param name="Codes">The modelled codes: training counts, trainer, threshold and cross-validated precision, recall, F1.</param>
/// <param name="Unmodelled">Codes seen in training without a model (too few positives).</param>
internal sealed record DashboardModels(string Version, DateTimeOffset TrainedAt, string TrainingSetHash, IReadOnlyList<CodeModelInfo> Codes, IReadOnlyList<UnmodelledCode> Unmodelled);
