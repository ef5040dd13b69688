using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TranscriptMiner.Core.Catalog;
using TranscriptMiner.Core.Pipeline;

namespace TranscriptMiner.Cli.Watch;

/// <summary>
/// Full reconcile scans (at start, after a watcher error and every reconcile interval): files on disk that the catalog
/// does not hold live, or holds with another size or time (a failed file only once it changed), and live catalog paths gone from disk, are hinted to the
/// debounce queue. The watcher may miss events; this scan never does.
/// </summary>
internal sealed class ReconcileService : BackgroundService
{
    private static readonly EnumerationOptions Walk = new()
    {
        RecurseSubdirectories = true,
        IgnoreInaccessible = true,
        AttributesToSkip = FileAttributes.Hidden | FileAttributes.System | FileAttributes.ReparsePoint,
        ReturnSpecialDirectories = false,
    };

    private readonly WatchSession _session;
    private readonly ILogger<ReconcileService> _logger;

    public ReconcileService(WatchSession session, ILogger<ReconcileService> logger)
    {
        _session = session;
        _logger = logger;
    }

    /// <summary>Runs one scan over every watched folder.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="cancellationToken">Stops the scan.</param>
    internal void Reconcile(CatalogStore catalog, CancellationToken cancellationToken)
    {
        var hinted = 0;
        var missing = 0;
        foreach (var folder in _session.Folders)
        {
            var live = new HashSet<string>(catalog.ListLivePaths(folder), StringComparer.Ordinal);
            if (Directory.Exists(folder))
            {
                foreach (var file in Directory.EnumerateFiles(folder, "*", Walk))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (IsHiddenBelow(folder, file) || !_session.Filter.Accepts(file))
                    {
                        continue;
                    }

                    live.Remove(file);
                    if (NeedsLook(catalog, file))
                    {
                        _session.Pending.Hint(file);
                        hinted++;
                    }
                }
            }

            foreach (var gone in live.Where(p => !File.Exists(p)))
            {
                _session.Pending.Hint(gone);
                missing++;
            }
        }

        WatchLog.Reconciled(_logger, hinted, missing);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            var catalog = await _session.WaitForCatalogAsync(stoppingToken).ConfigureAwait(false);
            if (catalog is null)
            {
                return;
            }

            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    await Task.Run(() => Reconcile(catalog, stoppingToken), stoppingToken).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    WatchLog.ReconcileFailed(_logger, ex.Message, ex);
                    _session.Statistics.Error($"reconcile scan failed: {ex.Message}");
                }

                _session.ReconcileFinished();
                await _session.WaitForReconcileRequestAsync(_session.Options.ReconcileInterval, stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
        catch (Exception ex)
        {
            WatchLog.ServiceError(_logger, "The reconcile service", ex.Message, ex);
        }
    }

    private static bool IsHiddenBelow(string folder, string file) =>
        Path.GetRelativePath(folder, file).Split(Path.DirectorySeparatorChar).Any(IngestFileFilter.IsHiddenName);

    private static bool NeedsLook(CatalogStore catalog, string file)
    {
        try
        {
            var stamp = FileStamp.Of(new FileInfo(file));
            if (catalog.FindLocation(file) is { } location && location.IsUnchanged(stamp))
            {
                return false;
            }

            // A file that failed and has not changed since is not tried again at every scan.
            return catalog.FindFailure(file) is not { } failure || failure.HasChanged(stamp);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return true;
        }
    }
}
