namespace TranscriptMiner.Plugins.Pdf.Layout;

/// <summary>
/// Finds tables among a page's physical lines: a run of at least two consecutive lines that each split into
/// the same number (two or more) of widely separated word groups, every group sharing horizontal space with
/// the group above it. Lines between two rows whose groups each sit in one column are wrapped cell text.
/// Runs whose cells read like prose (two wide text columns) are left alone.
/// </summary>
internal static class TableDetector
{
    private const int MinimumRows = 2;
    private const double AlignmentTolerance = 2.0;
    private const double MaximumRowPitchInFontSizes = 3.5;
    private const double MaximumContinuationPitchInFontSizes = 1.6;
    private const double ProseWordsPerCell = 4.0;
    private const double ProseWordsPerCellAnyColumns = 6.0;

    /// <summary>Returns the tables (rows top to bottom) found among the lines.</summary>
    /// <param name="lines">The page's physical lines, top to bottom.</param>
    /// <param name="first">The first line that may belong to a table.</param>
    /// <param name="end">One past the last line that may belong to a table.</param>
    public static List<List<DetectedTableRow>> Detect(IReadOnlyList<PhysicalLine> lines, int first, int end)
    {
        var tables = new List<List<DetectedTableRow>>();
        var run = new List<DetectedTableRow>();
        var pending = new List<PhysicalLine>();
        for (var i = first; i < end; i++)
        {
            var line = lines[i];
            if (run.Count > 0)
            {
                var previous = pending.Count > 0 ? pending[^1] : run[^1].Lines.Last();
                if (Aligns(run[^1].First, previous, line))
                {
                    run[^1].Continuations.AddRange(pending);
                    pending.Clear();
                    run.Add(new DetectedTableRow(line));
                    continue;
                }

                if (Continues(run[^1].First, previous, line))
                {
                    // Kept only if another row follows: trailing lines are more likely the next paragraph.
                    pending.Add(line);
                    continue;
                }
            }

            Flush(run, tables);
            pending.Clear();
            run = line.Groups.Count >= 2 ? [new DetectedTableRow(line)] : [];
        }

        Flush(run, tables);
        return tables;
    }

    /// <summary>The index of the one column of <paramref name="columns"/> that <paramref name="group"/> sits in, or -1.</summary>
    public static int ColumnOf(WordGroup group, IReadOnlyList<WordGroup> columns)
    {
        var found = -1;
        for (var i = 0; i < columns.Count; i++)
        {
            if (group.Overlaps(columns[i], AlignmentTolerance))
            {
                if (found >= 0)
                {
                    return -1;
                }

                found = i;
            }
        }

        return found;
    }

    private static void Flush(List<DetectedTableRow> run, List<List<DetectedTableRow>> tables)
    {
        if (run.Count >= MinimumRows && !ReadsLikeProse(run))
        {
            tables.Add(run);
        }
    }

    private static bool Aligns(PhysicalLine row, PhysicalLine previous, PhysicalLine below)
    {
        var count = row.Groups.Count;
        if (below.Groups.Count != count || !CloseEnough(previous, below, MaximumRowPitchInFontSizes))
        {
            return false;
        }

        for (var i = 0; i < count; i++)
        {
            var cell = below.Groups[i];
            if (!cell.Overlaps(row.Groups[i], AlignmentTolerance))
            {
                return false;
            }

            if (i + 1 < count && cell.Overlaps(row.Groups[i + 1], 0))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A line just under a row whose groups each sit inside one of the row's columns: wrapped cell text.</summary>
    private static bool Continues(PhysicalLine row, PhysicalLine previous, PhysicalLine below)
    {
        if (below.Groups.Count > row.Groups.Count || !CloseEnough(previous, below, MaximumContinuationPitchInFontSizes))
        {
            return false;
        }

        foreach (var group in below.Groups)
        {
            if (ColumnOf(group, row.Groups) < 0)
            {
                return false;
            }
        }

        return true;
    }

    private static bool CloseEnough(PhysicalLine above, PhysicalLine below, double pitchInFontSizes) =>
        above.Baseline - below.Baseline <= pitchInFontSizes * Math.Max(above.FontSize, below.FontSize);

    private static bool ReadsLikeProse(List<DetectedTableRow> run)
    {
        var columns = run[0].First.Groups.Count;
        var wordsPerColumn = new double[columns];
        foreach (var row in run)
        {
            for (var i = 0; i < columns; i++)
            {
                wordsPerColumn[i] += row.First.Groups[i].WordCount;
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
