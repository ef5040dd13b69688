namespace TranscriptMiner.Core.Pipeline;

/// <summary>Receives an ingest run's progress (for a terminal display or log lines).</summary>
/// <remarks>Called from several threads at once: implementations must be thread-safe and quick.</remarks>
public interface IIngestProgress
{
    /// <summary>A worker started on a file.</summary>
    /// <param name="path">The full path.</param>
    /// <param name="totals">The totals so far.</param>
    void OnFileStarted(string path, IngestProgressTotals totals);

    /// <summary>A file is finished.</summary>
    /// <param name="path">The full path.</param>
    /// <param name="outcome">What happened to it.</param>
    /// <param name="pages">Its page count (0 when skipped, failed or unpaged).</param>
    /// <param name="totals">The totals so far, this file included.</param>
    void OnFileFinished(string path, IngestFileOutcome outcome, int pages, IngestProgressTotals totals);

    /// <summary>Something went wrong that is not a file failure (an unreadable folder, a missing path, an index error).</summary>
    /// <param name="message">What, in words a researcher can act on.</param>
    void OnWarning(string message);
}
