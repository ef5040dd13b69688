using System.Collections.Concurrent;
using TranscriptMiner.Core.Pipeline;

namespace TranscriptMiner.Cli.Watch;

/// <summary>Counts what the long-running pipeline did and remembers the last file and error; its progress receiver.</summary>
internal sealed class WatchStatistics : IIngestProgress
{
    private readonly Lock _gate = new();
    private readonly ConcurrentDictionary<string, int> _written = new(StringComparer.Ordinal);
    private long _filesDone;
    private string? _lastFile;
    private string? _lastError;
    private Action<string, IngestFileOutcome>? _finished;

    /// <summary>Gets how many files the pipeline finished.</summary>
    public long FilesDone => Interlocked.Read(ref _filesDone);

    /// <summary>Gets the last finished file.</summary>
    public string? LastFile
    {
        get
        {
            lock (_gate)
            {
                return _lastFile;
            }
        }
    }

    /// <summary>Gets the last failure or warning.</summary>
    public string? LastError
    {
        get
        {
            lock (_gate)
            {
                return _lastError;
            }
        }
    }

    /// <summary>Sets who is told about each finished file (the ingest service's log).</summary>
    /// <param name="finished">The callback.</param>
    public void OnFinished(Action<string, IngestFileOutcome> finished) => _finished = finished;

    /// <inheritdoc/>
    public void OnFileStarted(string path, IngestProgressTotals totals)
    {
    }

    /// <inheritdoc/>
    public void OnFileFinished(string path, IngestFileOutcome outcome, int pages, IngestProgressTotals totals)
    {
        Interlocked.Increment(ref _filesDone);
        if (outcome is IngestFileOutcome.Added or IngestFileOutcome.Updated)
        {
            _written.AddOrUpdate(path, 1, (_, n) => n + 1);
        }
        lock (_gate)
        {
            _lastFile = path;
            if (outcome == IngestFileOutcome.Failed)
            {
                _lastError = $"{path}: failed (transcriptminer failures)";
            }
        }

        _finished?.Invoke(path, outcome);
    }

    /// <inheritdoc/>
    public void OnWarning(string message)
    {
        lock (_gate)
        {
            _lastError = message;
        }
    }

    /// <summary>Tells how many times a path's content was written as a new document or version (added or updated).</summary>
    /// <param name="path">The full path.</param>
    /// <returns>The count.</returns>
    public int TimesWritten(string path) => _written.TryGetValue(path, out var n) ? n : 0;

    /// <summary>Records an error of the watch services themselves.</summary>
    /// <param name="message">The message.</param>
    public void Error(string message) => OnWarning(message);
}
