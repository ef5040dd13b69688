namespace TranscriptMiner.Cli.Web.Dashboard;

/// <summary>The folder watcher's state (<c>GET /api/dashboard</c>'s <c>watch</c>).</summary>
/// <param name="InProcess">Whether it runs in this process (<c>serve --watch</c>) rather than in a separate <c>watch</c>.</param>
/// <param name="Folders">The watched folders.</param>
/// <param name="Started">When it started.</param>
/// <param name="QueueLength">Paths waiting.</param>
/// <param name="FilesDone">Files the pipeline finished.</param>
/// <param name="Reconciles">Full reconcile scans finished.</param>
/// <param name="WatcherErrors">Times a folder watcher reported an error.</param>
/// <param name="LastFile">The last finished file.</param>
/// <param name="LastError">The last failure or warning.</param>
internal sealed record DashboardWatch(
    bool InProcess,
    IReadOnlyList<string> Folders,
    DateTimeOffset Started,
    int QueueLength,
    long FilesDone,
    int Reconciles,
    int WatcherErrors,
    string? LastFile,
    string? LastError);
