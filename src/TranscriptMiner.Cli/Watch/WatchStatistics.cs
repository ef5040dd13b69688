using TranscriptMiner.Core.Pipeline;

namespace TranscriptMiner.Cli.Watch;

/// <summary>Counts what the long-running pipeline did and remembers the last file and error; its progress receiver.</summary>
internal sealed class WatchStatistics : IIngestProgress
{
    private readonly Lock _gate = new();
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

    /// <summary>Records an error of the watch services themselves.</summary>
    /// <param name="message">The message.</param>
    public void Error(string message) => OnWarning(message);
}
