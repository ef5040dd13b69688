using System.Collections.Concurrent;
using TranscriptMiner.Core.Pipeline;

namespace TranscriptMiner.Core.Tests.Pipeline;

/// <summary>Keeps every progress callback.</summary>
internal sealed class RecordingProgress : IIngestProgress
{
    public ConcurrentQueue<string> Started { get; } = new();

    public ConcurrentQueue<(string Path, IngestFileOutcome Outcome, int Pages, IngestProgressTotals Totals)> Finished { get; } = new();

    public ConcurrentQueue<string> Warnings { get; } = new();

    public void OnFileStarted(string path, IngestProgressTotals totals) => Started.Enqueue(path);

    public void OnFileFinished(string path, IngestFileOutcome outcome, int pages, IngestProgressTotals totals) =>
        Finished.Enqueue((path, outcome, pages, totals));

    public void OnWarning(string message) => Warnings.Enqueue(message);
}
