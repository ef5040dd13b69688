using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using TranscriptMiner.Cli.Evaluations;
using TranscriptMiner.Cli.Watch;
using TranscriptMiner.Core.Coding;
using TranscriptMiner.Core.Learning;
using TranscriptMiner.Core.Plugins;

namespace TranscriptMiner.Cli.Web.Dashboard;

/// <summary>
/// <c>GET /api/dashboard</c>: ingest status and failures, coding counts, the current models, the latest evaluation per
/// code with its F1 history, plugin quarantine and the folder watcher's state.
/// </summary>
internal static class DashboardEndpoint
{
    /// <summary>The most failures listed (the total is always given).</summary>
    public const int MaxFailures = 500;

    /// <summary>Answers the request.</summary>
    /// <param name="workspace">The workspace.</param>
    /// <param name="context">The request (for the optional services: plugins, the in-process watcher).</param>
    /// <returns>The dashboard.</returns>
    /// <exception cref="WorkbenchException">There is no workspace yet (404).</exception>
    public static DashboardResponse Get(WorkbenchWorkspace workspace, HttpContext context)
    {
        var layout = workspace.Layout;
        DashboardStatus status;
        DashboardCoding coding;
        DashboardFailures failures;
        using (var open = workspace.OpenReadOnly())
        {
            var catalog = open.Store.GetStatus();
            status = new DashboardStatus(
                layout.Root,
                catalog.LiveDocuments,
                catalog.LiveDocumentsByKind.OrderBy(k => k.Key).ToDictionary(k => JsonNamingPolicy.KebabCaseLower.ConvertName(k.Key.ToString()), k => k.Value),
                catalog.RemovedDocuments,
                catalog.LiveLocations,
                catalog.LiveSegments,
                catalog.PendingIndex,
                catalog.LastIngest);
            var decisions = open.Coding.CountDecisions();
            coding = new DashboardCoding(
                decisions.InForce,
                decisions.Accepted,
                decisions.InForce - decisions.Accepted,
                decisions.Coders,
                open.Coding.CountSuggestionsByCode().Values.Sum(),
                open.Coding.CountPendingSuggestionsByCode().Values.Sum(),
                open.Coding.CountOpenFlags());
            var all = open.Store.ListFailures();
            failures = new DashboardFailures(all.Count, [.. all.Take(MaxFailures).Select(f => new DashboardFailure(f.Path, Path.GetFileName(f.Path), f.Kind, f.Message, f.PluginId, f.FailedAt, f.Attempts))]);
        }

        var codebook = workspace.LoadCodebook();
        DashboardModels? models = null;
        string? modelsError = null;
        try
        {
            if (workspace.LoadCurrentModels() is { } set)
            {
                models = new DashboardModels(set.Version, set.CreatedAt, set.TrainingSetHash, set.Codes, set.Unmodelled);
            }
        }
        catch (ModelSetException exception)
        {
            modelsError = exception.Message;
        }

        return new DashboardResponse(
            status,
            coding,
            failures,
            models,
            modelsError,
            Evaluation(EvaluationHistory.Read(layout), models, codebook),
            Plugins(context.RequestServices, layout.Root),
            Watch(context.RequestServices, layout));
    }

    private static DashboardEvaluation Evaluation(IReadOnlyList<SavedEvaluation> saved, DashboardModels? models, Codebook codebook)
    {
        if (saved.Count > 0)
        {
            var latest = saved[^1];
            var baseline = latest.BaselineCodes.ToDictionary(c => c.CodeId, StringComparer.Ordinal);
            var codes = latest.Codes
                .OrderBy(c => Position(codebook, c.CodeId))
                .Select(c => new DashboardCodeEvaluation(
                    c.CodeId,
                    NameOf(codebook, c.CodeId),
                    c.Support,
                    c.Precision,
                    c.Recall,
                    c.F1,
                    c.Threshold,
                    c.Kappa,
                    baseline.GetValueOrDefault(c.CodeId)?.F1,
                    [.. saved.Select(s => s.Codes.FirstOrDefault(x => x.CodeId == c.CodeId)?.F1)]))
                .ToList();
            return new DashboardEvaluation(
                "evaluation",
                latest.EvaluatedAt,
                latest.Examples,
                latest.Folds,
                latest.MacroF1,
                latest.MicroF1,
                latest.BaselineMacroF1,
                [.. saved.Select(s => new DashboardEvaluationPoint(s.EvaluatedAt, s.Examples, s.MacroF1, s.BaselineMacroF1))],
                codes);
        }

        if (models is not null)
        {
            var codes = models.Codes
                .OrderBy(c => Position(codebook, c.CodeId))
                .Select(c => new DashboardCodeEvaluation(c.CodeId, NameOf(codebook, c.CodeId), c.Positives, c.Precision, c.Recall, c.F1, c.Threshold, null, null, [c.F1]))
                .ToList();
            return new DashboardEvaluation("models", models.TrainedAt, null, null, null, null, null, [], codes);
        }

        return new DashboardEvaluation("none", null, null, null, null, null, null, [], []);
    }

    private static int Position(Codebook codebook, string codeId)
    {
        for (var i = 0; i < codebook.Codes.Count; i++)
        {
            if (string.Equals(codebook.Codes[i].Id, codeId, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return int.MaxValue;
    }

    private static string NameOf(Codebook codebook, string codeId) =>
        codebook.Codes.FirstOrDefault(c => string.Equals(c.Id, codeId, StringComparison.OrdinalIgnoreCase))?.Name ?? codeId;

    private static List<DashboardPlugin> Plugins(IServiceProvider services, string root)
    {
        if (services.GetService<PluginHost>() is not { } host)
        {
            return [];
        }

        var faults = PluginFaultTracker.ReadStatus(Path.Combine(root, PluginFaultTracker.StatusFileName))
            .ToDictionary(f => f.PluginId, StringComparer.OrdinalIgnoreCase);
        return [.. host.Plugins.Select(p =>
        {
            var fault = faults.GetValueOrDefault(p.Id);
            return new DashboardPlugin(p.Id, p.Name, p.Version, fault?.Quarantine is not null ? "Disabled" : p.Status.ToString(), fault?.Quarantine, fault?.QuarantinedAt);
        })];
    }

    private static DashboardWatch? Watch(IServiceProvider services, Core.Catalog.WorkspaceLayout layout)
    {
        if (services.GetService<WatchSession>() is { } session)
        {
            return new DashboardWatch(
                true,
                session.Folders,
                session.Started,
                session.QueueLength,
                session.Statistics.FilesDone,
                session.Reconciles,
                session.WatcherErrors,
                session.Statistics.LastFile,
                session.Statistics.LastError);
        }

        return WatchStatusFile.TryReadLive(WatchStatusFile.PathIn(layout)) is { } file
            ? new DashboardWatch(false, file.Folders, file.Started, file.QueueLength, file.FilesDone, file.Reconciles, file.WatcherErrors, file.LastFile, file.LastError)
            : null;
    }
}
