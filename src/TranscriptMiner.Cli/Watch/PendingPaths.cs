namespace TranscriptMiner.Cli.Watch;

/// <summary>
/// The per-path debounce queue: watcher events and reconcile scans are hints that a path may have changed; each path is
/// held once, due one debounce after its latest hint. Thread-safe.
/// </summary>
internal sealed class PendingPaths
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, DateTimeOffset> _due = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;
    private readonly TimeSpan _debounce;

    /// <summary>Initializes the queue.</summary>
    /// <param name="time">The clock.</param>
    /// <param name="debounce">How long after its latest hint a path is due.</param>
    public PendingPaths(TimeProvider time, TimeSpan debounce)
    {
        _time = time;
        _debounce = debounce;
    }

    /// <summary>Gets how many paths wait.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _due.Count;
            }
        }
    }

    /// <summary>Records a hint: the path is due one debounce from now (a later hint pushes it back).</summary>
    /// <param name="path">The path (made full).</param>
    public void Hint(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var full = Path.GetFullPath(path);
        var due = _time.GetUtcNow() + _debounce;
        lock (_gate)
        {
            _due[full] = due;
        }
    }

    /// <summary>Puts a path back to be looked at one debounce from now, unless a newer hint already holds it.</summary>
    /// <param name="path">The full path.</param>
    public void Recheck(string path)
    {
        var due = _time.GetUtcNow() + _debounce;
        lock (_gate)
        {
            _due.TryAdd(path, due);
        }
    }

    /// <summary>Removes and returns the paths that are due.</summary>
    /// <returns>Due paths, ordinal order.</returns>
    public IReadOnlyList<string> TakeDue()
    {
        var now = _time.GetUtcNow();
        lock (_gate)
        {
            var due = _due.Where(p => p.Value <= now).Select(p => p.Key).Order(StringComparer.Ordinal).ToList();
            foreach (var path in due)
            {
                _due.Remove(path);
            }

            return due;
        }
    }

    /// <summary>Tells whether a path waits.</summary>
    /// <param name="path">The full path.</param>
    /// <returns><see langword="true"/> when pending.</returns>
    public bool Contains(string path)
    {
        lock (_gate)
        {
            return _due.ContainsKey(path);
        }
    }
}
