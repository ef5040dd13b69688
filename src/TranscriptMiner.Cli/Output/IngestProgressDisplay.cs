using System.Diagnostics;
using System.Globalization;
using TranscriptMiner.Core.Pipeline;

namespace TranscriptMiner.Cli.Output;

/// <summary>
/// Ingest progress on standard error: on a terminal one line rewritten in place (files done/total, pages, rate, ETA,
/// failures); otherwise a plain line per file that was added, updated or failed. Thread-safe.
/// </summary>
internal sealed class IngestProgressDisplay : IIngestProgress, IDisposable
{
    private readonly TextWriter _error;
    private readonly bool _interactive;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Lock _gate = new();
    private bool _lineOpen;
    private TimeSpan _lastDraw = TimeSpan.MinValue;

    public IngestProgressDisplay(TextWriter error)
    {
        _error = error;
        _interactive = ReferenceEquals(error, Console.Error)
            && !Console.IsErrorRedirected
            && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));
    }

    public void OnFileStarted(string path, IngestProgressTotals totals)
    {
    }

    public void OnFileFinished(string path, IngestFileOutcome outcome, int pages, IngestProgressTotals totals)
    {
        lock (_gate)
        {
            if (_interactive)
            {
                Draw(totals, path, force: outcome == IngestFileOutcome.Failed);
            }
            else if (outcome is not IngestFileOutcome.Unchanged)
            {
                _error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{totals.FilesDone}/{Total(totals)}] {Describe(outcome)} {path}{(pages > 0 ? $" ({pages} pages)" : string.Empty)}"));
            }
        }
    }

    public void OnWarning(string message)
    {
        lock (_gate)
        {
            EndLine();
            _error.WriteLine($"warning: {message}");
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            EndLine();
        }
    }

    private static string Total(IngestProgressTotals totals) =>
        totals.DiscoveryComplete ? totals.FilesDiscovered.ToString(CultureInfo.InvariantCulture) : $"{totals.FilesDiscovered}+";

    private static string Describe(IngestFileOutcome outcome) => outcome switch
    {
        IngestFileOutcome.SkippedPreviouslyFailed => "skipped (failed before, unchanged)",
        _ => outcome.ToString().ToLowerInvariant(),
    };

    private void Draw(IngestProgressTotals totals, string path, bool force)
    {
        var now = _clock.Elapsed;
        if (!force && now - _lastDraw < TimeSpan.FromMilliseconds(100))
        {
            return;
        }

        _lastDraw = now;
        var seconds = Math.Max(0.001, now.TotalSeconds);
        var filesPerSecond = totals.FilesDone / seconds;
        var eta = totals.DiscoveryComplete && filesPerSecond > 0
            ? TimeSpan.FromSeconds((totals.FilesDiscovered - totals.FilesDone) / filesPerSecond).ToString(@"m\:ss", CultureInfo.InvariantCulture)
            : "?";
        var line = string.Create(
            CultureInfo.InvariantCulture,
            $"[{totals.FilesDone}/{Total(totals)}] {totals.Pages} pages, {totals.Pages / seconds:F0} pages/s, {filesPerSecond:F1} files/s, ETA {eta}, {totals.Failures} failed  {Path.GetFileName(path)}");
        var width = Math.Max(20, SafeWindowWidth() - 1);
        _error.Write('\r' + (line.Length > width ? line[..width] : line.PadRight(width)));
        _lineOpen = true;
    }

    private void EndLine()
    {
        if (_lineOpen)
        {
            _error.WriteLine();
            _lineOpen = false;
        }
    }

    private static int SafeWindowWidth()
    {
        try
        {
            return Console.WindowWidth;
        }
        catch (IOException)
        {
            return 100;
        }
    }
}
