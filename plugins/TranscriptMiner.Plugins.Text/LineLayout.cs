namespace TranscriptMiner.Plugins.Text;

/// <summary>
/// What a first pass over plain text learns about its layout: the width its prose was wrapped at, and which lines are
/// rows of a column-aligned table.
/// </summary>
/// <remarks>
/// The wrap width is a high but robust line length: the k-th longest non-table line, k = lines / 20 clamped to 1..5,
/// so a few over-long lines (a URL, an unwrapped sentence) do not raise it. A table line has at least two gaps of two
/// or more spaces (or tabs) between text, one of them at least three wide (so prose typed with two spaces after a full
/// stop is not a table); a table is a run of at least two such lines with no blank line between them (a rule line such
/// as "----  ----" under the header row belongs to the run).
/// </remarks>
internal sealed class LineLayout
{
    private const int MaxRanked = 5;

    private readonly List<(int Start, int End)> _tableRuns;
    private int _run;

    private LineLayout(int wrapWidth, List<(int Start, int End)> tableRuns)
    {
        WrapWidth = wrapWidth;
        _tableRuns = tableRuns;
    }

    /// <summary>Gets the estimated width the prose was wrapped at, in characters (0 for an empty text).</summary>
    public int WrapWidth { get; }

    /// <summary>Measures <paramref name="text"/>.</summary>
    public static LineLayout Measure(string text, CancellationToken cancellationToken)
    {
        Span<int> longest = stackalloc int[MaxRanked];
        var ranked = 0;
        var lines = 0;
        var tableLines = new List<(int Start, int End)>();
        var runStart = -1;
        var lineNumber = -1;
        foreach (var raw in text.AsSpan().EnumerateLines())
        {
            if ((++lineNumber & 4095) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var line = raw.Trim();
            var isTableLine = !line.IsEmpty && (IsColumnAligned(line) || (runStart >= 0 && IsRule(line)));
            if (isTableLine)
            {
                runStart = runStart < 0 ? lineNumber : runStart;
            }
            else
            {
                AddRun(tableLines, runStart, lineNumber);
                runStart = -1;
            }

            if (line.IsEmpty || isTableLine)
            {
                continue;
            }

            lines++;
            Rank(longest, ref ranked, line.Length);
        }

        AddRun(tableLines, runStart, lineNumber + 1);
        var k = Math.Clamp(lines / 20, 1, MaxRanked);
        var width = ranked == 0 ? 0 : longest[Math.Min(k, ranked) - 1];
        return new LineLayout(width, tableLines);
    }

    /// <summary>
    /// Whether line <paramref name="lineNumber"/> (0-based) is a row of a column-aligned table. Line numbers must be asked
    /// in increasing order (the reader walks the text once).
    /// </summary>
    public bool IsTableLine(int lineNumber)
    {
        while (_run < _tableRuns.Count && _tableRuns[_run].End <= lineNumber)
        {
            _run++;
        }

        return _run < _tableRuns.Count && _tableRuns[_run].Start <= lineNumber;
    }

    /// <summary>Splits a column-aligned line at its gaps of two or more spaces or tabs.</summary>
    public static List<string> SplitColumns(ReadOnlySpan<char> line)
    {
        var cells = new List<string>();
        var trimmed = line.Trim();
        var start = 0;
        var i = 0;
        while (i < trimmed.Length)
        {
            var gap = GapLength(trimmed, i);
            if (gap >= 2 || (gap == 1 && trimmed[i] == '\t'))
            {
                cells.Add(trimmed[start..i].ToString());
                i += gap;
                start = i;
            }
            else
            {
                i++;
            }
        }

        cells.Add(trimmed[start..].ToString());
        return cells;
    }

    private static void AddRun(List<(int Start, int End)> tableRuns, int runStart, int end)
    {
        if (runStart >= 0 && end - runStart >= 2)
        {
            tableRuns.Add((runStart, end));
        }
    }

    private static void Rank(Span<int> longest, ref int ranked, int length)
    {
        if (ranked < longest.Length)
        {
            longest[ranked++] = length;
        }
        else if (length > longest[^1])
        {
            longest[^1] = length;
        }
        else
        {
            return;
        }

        for (var j = ranked - 1; j > 0 && longest[j] > longest[j - 1]; j--)
        {
            (longest[j], longest[j - 1]) = (longest[j - 1], longest[j]);
        }
    }

    /// <summary>A line of rule characters only ("-----   ------"), as typed under a table's header row.</summary>
    public static bool IsRule(ReadOnlySpan<char> line) => line.IndexOfAnyExcept("-=_+| \t") < 0;

    private static bool IsColumnAligned(ReadOnlySpan<char> line)
    {
        var gaps = 0;
        var wide = false;
        var i = 0;
        while (i < line.Length)
        {
            var gap = GapLength(line, i);
            if (gap == 0)
            {
                i++;
                continue;
            }

            var hasTab = line[i..(i + gap)].Contains('\t');
            if (gap >= 2 || hasTab)
            {
                gaps++;
                wide |= gap >= 3 || hasTab;
            }

            i += gap;
        }

        return gaps >= 2 && wide;
    }

    private static int GapLength(ReadOnlySpan<char> line, int index)
    {
        var end = index;
        while (end < line.Length && line[end] is ' ' or '\t')
        {
            end++;
        }

        return end - index;
    }
}
