namespace TranscriptMiner.Cli.Watch;

/// <summary>
/// Decides when a file may be read: its size and time must be equal across <c>stableChecks</c> consecutive observations
/// and it must open for reading. Pure (fed with observations, no clock, no disk), so it is tested without waiting.
/// </summary>
/// <remarks>Not thread-safe: one caller (the gate service) feeds it.</remarks>
internal sealed class StabilityGate
{
    private readonly int _stableChecks;
    private readonly Dictionary<string, (FileObservation Last, int Equal)> _seen = new(StringComparer.Ordinal);

    /// <summary>Initializes a gate.</summary>
    /// <param name="stableChecks">How many consecutive equal observations make a file stable (at least 1).</param>
    public StabilityGate(int stableChecks) => _stableChecks = Math.Max(1, stableChecks);

    /// <summary>Gets how many paths are being followed.</summary>
    public int Following => _seen.Count;

    /// <summary>Records an observation of a path and decides.</summary>
    /// <param name="path">The full path.</param>
    /// <param name="observation">What was seen now.</param>
    /// <returns>The decision; after <see cref="GateDecision.Ready"/> or <see cref="GateDecision.Missing"/> the path is forgotten.</returns>
    public GateDecision Observe(string path, FileObservation observation)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!observation.Exists)
        {
            _seen.Remove(path);
            return GateDecision.Missing;
        }

        var equal = observation.Size >= 0 && _seen.TryGetValue(path, out var previous) && previous.Last.SameStampAs(observation)
            ? previous.Equal + 1
            : 1;
        _seen[path] = (observation, equal);
        if (equal < _stableChecks || observation.Size < 0)
        {
            return GateDecision.Unsettled;
        }

        if (!observation.CanOpen)
        {
            return GateDecision.Locked;
        }

        _seen.Remove(path);
        return GateDecision.Ready;
    }
}
