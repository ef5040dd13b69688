namespace TranscriptMiner.Plugins.Docx;

/// <summary>The running counters of one list: one per level, lower levels restarting when a higher level advances.</summary>
internal sealed class ListCounters
{
    private readonly int[] _values = new int[ListNumbering.LevelCount];
    private readonly bool[] _started = new bool[ListNumbering.LevelCount];

    /// <summary>Counts one more item at <paramref name="level"/> and restarts every deeper level.</summary>
    /// <param name="level">The item's level, 0-8.</param>
    /// <param name="start">The level's start value, used when it has not started yet (or was restarted).</param>
    internal void Advance(int level, int start)
    {
        _values[level] = _started[level] ? _values[level] + 1 : start;
        _started[level] = true;
        for (var deeper = level + 1; deeper < _started.Length; deeper++)
        {
            _started[deeper] = false;
        }
    }

    /// <summary>Gets the current value of a level, or its start value when it has not started.</summary>
    /// <param name="level">The level, 0-8.</param>
    /// <param name="start">The level's start value.</param>
    /// <returns>The value to display.</returns>
    internal int ValueAt(int level, int start) => _started[level] ? _values[level] : start;
}
