namespace TranscriptMiner.Cli.Web.Dashboard;

/// <summary>The answer of <c>GET /api/dashboard</c>.</summary>
/// <param name="Status">What the catalog holds.</param>
/// <param name="Coding">The coding work.</param>
/// <param name="Failures">The recorded failures, newest first.</param>
/// <param name="Models">The current model set, or <see langword="null"/> when none was trained.</param>
/// <param name="ModelsError">Why the current model set could not be read, if it could not.</param>
/// <param name="Evaluation">The latest evaluation per code.</param>
/// <param name="Plugins">The extractor plugins.</param>
/// <param name="Watch">The folder watcher, or <see langword="null"/> when nothing watches the workspace.</param>
internal sealed record DashboardResponse(
    DashboardStatus Status,
    DashboardCoding Coding,
    DashboardFailures Failures,
    DashboardModels? Models,
    string? ModelsError,
    DashboardEvaluation Evaluation,
    IReadOnlyList<DashboardPlugin> Plugins,
    DashboardWatch? Watch);
