using TranscriptMiner.Core.Catalog;

namespace TranscriptMiner.Cli.Web.Dashboard;

/// <summary>What the catalog holds (<c>GET /api/dashboard</c>'s <c>status</c>).</summary>
/// <param name="Workspace">The workspace folder.</param>
/// <param name="Documents">Live documents.</param>
/// <param name="DocumentsByKind">Live documents per kind (kinds with none left out).</param>
/// <param name="RemovedDocuments">Removed documents kept in the catalog.</param>
/// <param name="Files">Live locations (files).</param>
/// <param name="Segments">Segments of live documents' current versions.</param>
/// <param name="PendingIndex">Documents waiting for the index.</param>
/// <param name="LastIngest">The most recent ingest run, if any.</param>
internal sealed record DashboardStatus(
    string Workspace,
    int Documents,
    IReadOnlyDictionary<string, int> DocumentsByKind,
    int RemovedDocuments,
    int Files,
    long Segments,
    int PendingIndex,
    IngestRun? LastIngest);
