using TranscriptMiner.Abstractions;

namespace TranscriptMiner.Plugins.Text;

/// <summary>Collects warnings, keeping at most a few per code and summarising the rest in one closing warning.</summary>
internal sealed class WarningLog
{
    private const int MaxPerCode = 20;

    private readonly List<ExtractionWarning> _warnings = [];
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);

    public void Add(string code, string message)
    {
        _counts.TryGetValue(code, out var count);
        _counts[code] = count + 1;
        if (count < MaxPerCode)
        {
            _warnings.Add(new ExtractionWarning(code, message));
        }
    }

    public int CountOf(string code) => _counts.TryGetValue(code, out var count) ? count : 0;

    public IReadOnlyList<ExtractionWarning> ToList()
    {
        var result = new List<ExtractionWarning>(_warnings);
        foreach (var (code, count) in _counts.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            if (count > MaxPerCode)
            {
                result.Add(new ExtractionWarning(code, $"{count - MaxPerCode} more warnings of this kind were not listed."));
            }
        }

        return result;
    }
}
