using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace TranscriptMiner.Cli.Watch;

/// <summary>
/// Every debounce interval, looks at the due paths of the debounce queue and hands to the pipeline those the
/// <see cref="StabilityGate"/> finds stable and readable (or gone); the others are looked at again one debounce later.
/// A folder hint (a folder moved in) is expanded into its files.
/// </summary>
internal sealed class StabilityGateService : BackgroundService
{
    private readonly WatchSession _session;
    private readonly ILogger<StabilityGateService> _logger;
    private readonly StabilityGate _gate;

    public StabilityGateService(WatchSession session, ILogger<StabilityGateService> logger)
    {
        _session = session;
        _logger = logger;
        _gate = new StabilityGate(session.Options.EffectiveStableChecks);
    }

    /// <summary>Looks once at every due path.</summary>
    internal void CheckDue()
    {
        foreach (var path in _session.Pending.TakeDue())
        {
            if (Directory.Exists(path))
            {
                ExpandFolder(path);
                continue;
            }

            switch (_gate.Observe(path, FileObservation.Of(path)))
            {
                case GateDecision.Ready:
                case GateDecision.Missing:
                    _session.HandOver(path);
                    break;
                case GateDecision.Locked:
                    _session.Deferred();
                    WatchLog.Deferred(_logger, path);
                    _session.Pending.Recheck(path);
                    break;
                default:
                    _session.Pending.Recheck(path);
                    break;
            }
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            if (await _session.WaitForCatalogAsync(stoppingToken).ConfigureAwait(false) is null)
            {
                return;
            }

            // Look five times per debounce so that a path is checked soon after it falls due, not up to a debounce late.
            using var timer = new PeriodicTimer(_session.Options.Debounce / 5, _session.Time);
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                try
                {
                    CheckDue();
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    WatchLog.ServiceError(_logger, "The stability gate", ex.Message, ex);
                    _session.Statistics.Error(ex.Message);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
        catch (Exception ex)
        {
            WatchLog.ServiceError(_logger, "The stability gate", ex.Message, ex);
        }
    }

    private void ExpandFolder(string folder)
    {
        try
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System }))
            {
                if (_session.Filter.Accepts(file) && !Path.GetRelativePath(folder, file).Split(Path.DirectorySeparatorChar).Any(TranscriptMiner.Core.Pipeline.IngestFileFilter.IsHiddenName))
                {
                    _session.Pending.Hint(file);
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            _session.Pending.Recheck(folder);
        }
    }
}
