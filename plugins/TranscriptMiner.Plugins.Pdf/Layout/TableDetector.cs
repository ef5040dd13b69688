namespace TranscriptMiner.Plugins.Pdf.Layout;

/// <summary>
/// Finds tables among a page's physical lines: a run of at least two consecutive lines that each split into
/// the same number (two or more) of widely separated word groups, every group sharing horizontal space with
/// the group above it. Runs whose cells read like prose (two wide text columns) are left alone.
/// </summary>
internal static class TableDetector
{
    private const int MinimumRows = 2;
    private const double AlignmentTolerance = 2.0;
    private const double MaximumRowPitchInFontSizes = 3.5;
    private const double ProseWordsPerCell = 4.0;
    private const double ProseWordsPerCellAnyColumns = 6.0;

    /// <summary>Returns the runs of lines that form tables, top to bottom.</summary>
    /// <param name="lines">The page's physical lines, top to bottom.</param>
    /// <param name="first">The first line that may belong to a table.</param>
    /// <param name="end">One past the last line that may belong to a table.</param>
    public static List<List<PhysicalLine>> Detect(IReadOnlyList<PhysicalLine> lines, int first, int end)
    {
        var tables = new List<List<PhysicalLine>>();
        var run = new List<PhysicalLine>();
        for (var i = first; i < end; i++)
        {
            var line = lines[i];
            if (line.Groups.Count >= 2 && run.Count > 0 && Aligns(run[^1], line))
            {
                run.Add(line);
                continue;
            }

            Flush(run, tables);
            run = line.Groups.Count >= 2 ? [line] : [];
        }

        Flush(run, tables);
        return tables;
    }

    private static void Flush(List<PhysicalLine> run, List<List<PhysicalLine>> tables)
    {
        if (run.Count >= MinimumRows && !ReadsLikeProse(run))
        {
            tables.Add(run);
        }
    }

    private static bool Aligns(PhysicalLine above, PhysicalLine below)
    {
        var count = above.Groups.Count;
        if (below.Groups.Count != count)
        {
            return false;
        }

        if (above.Baseline - below.Baseline > MaximumRowPitchInFontSizes * Math.Max(above.FontSize, below.FontSize))
        {
            return false;
        }

        for (var i = 0; i < count; i++)
        {
            var cell = below.Groups[i];
            if (!cell.Overlaps(above.Groups[i], AlignmentTolerance))
            {
                return false;
            }

            if (i + 1 < count && cell.Overlaps(above.Groups[i + 1], 0))
            {
                return false;
            }
        }

        return true;
    }

    private static bool ReadsLikeProse(List<PhysicalLine> run)
    {
        var columns = run[0].Groups.Count;
        var wordsPerColumn = new double[columns];
        foreach (var line in run)
        {
            for (var i = 0; i < columns; i++)
            {
                wordsPerColumn[i] += line.Groups[i].WordCount;
            }
        }

        var total = 0.0;
        var proseColumns = 0;
        foreach (var words in wordsPerColumn)
        {
            total += words;
            if (words / run.Count >= ProseWordsPerCell)
            {
                proseColumns++;
            }
        }

        return (columns == 2 && proseColumns == 2) || total / (run.Count * columns) >= ProseWordsPerCellAnyColumns;
    }
}
