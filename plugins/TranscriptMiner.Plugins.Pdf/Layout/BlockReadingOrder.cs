namespace TranscriptMiner.Plugins.Pdf.Layout;

/// <summary>
/// Puts a page's regions (text blocks and tables) in reading order by recursive XY cuts: columns (vertical gaps no block crosses) are read
/// left to right, bands (horizontal gaps) top to bottom. A band that splits into wide columns starts a
/// multi-column region that takes in the following bands whose columns each sit inside one of its columns; the
/// region is read column by column, so paragraph gaps that line up across columns do not interleave them.
/// </summary>
/// <remarks>
/// PdfPig's <c>UnsupervisedReadingOrderDetector</c> (0.1.16) reduces its interval relations to "entirely left of"
/// and "not", so column-wise order puts full-width blocks last, and its rendering-order rule averages every
/// letter of both blocks for every pair. This keeps its idea (spatial relations between blocks) in n log n.
/// </remarks>
internal static class BlockReadingOrder
{
    private const double MinimumColumnGap = 6.0;
    private const double MinimumColumnShare = 0.25;

    public static List<LayoutRegion> Order(IReadOnlyList<LayoutRegion> blocks)
    {
        var ordered = new List<LayoutRegion>(blocks.Count);
        Append(blocks.ToList(), ordered);
        return ordered;
    }

    private static void Append(List<LayoutRegion> blocks, List<LayoutRegion> ordered)
    {
        if (blocks.Count <= 1)
        {
            ordered.AddRange(blocks);
            return;
        }

        var columns = SplitIntoColumns(blocks);
        if (columns.Count > 1)
        {
            foreach (var column in columns)
            {
                Append(column, ordered);
            }

            return;
        }

        var bands = SplitIntoBands(blocks);
        if (bands.Count == 1)
        {
            AppendBand(blocks, ordered);
            return;
        }

        var bandColumns = bands.ConvertAll(SplitIntoColumns);
        for (var i = 0; i < bands.Count;)
        {
            if (bandColumns[i].Count < 2)
            {
                AppendBand(bands[i], ordered);
                i++;
                continue;
            }

            // Grow a multi-column region while the next band's columns each sit inside one of the region's columns.
            var lefts = bandColumns[i].ConvertAll(Left);
            var rights = bandColumns[i].ConvertAll(Right);
            var assignments = new List<int[]> { Enumerable.Range(0, lefts.Count).ToArray() };
            var next = i + 1;
            for (; next < bands.Count; next++)
            {
                var assignment = Assign(bandColumns[next], lefts, rights);
                if (assignment is null)
                {
                    break;
                }

                for (var c = 0; c < assignment.Length; c++)
                {
                    lefts[assignment[c]] = Math.Min(lefts[assignment[c]], Left(bandColumns[next][c]));
                    rights[assignment[c]] = Math.Max(rights[assignment[c]], Right(bandColumns[next][c]));
                }

                assignments.Add(assignment);
            }

            if (AreTextColumns(lefts, rights))
            {
                // Each column top to bottom across the region's bands, columns left to right.
                for (var column = 0; column < lefts.Count; column++)
                {
                    for (var band = i; band < next; band++)
                    {
                        var assignment = assignments[band - i];
                        for (var c = 0; c < assignment.Length; c++)
                        {
                            if (assignment[c] == column)
                            {
                                Append(bandColumns[band][c], ordered);
                            }
                        }
                    }
                }
            }
            else
            {
                for (var band = i; band < next; band++)
                {
                    AppendBand(bands[band], ordered);
                }
            }

            i = next;
        }
    }

    /// <summary>For each column of a band, the one region column it overlaps; null when one overlaps none or several.</summary>
    private static int[]? Assign(List<List<LayoutRegion>> columns, List<double> lefts, List<double> rights)
    {
        var assignment = new int[columns.Count];
        for (var c = 0; c < columns.Count; c++)
        {
            var left = Left(columns[c]);
            var right = Right(columns[c]);
            var found = -1;
            for (var k = 0; k < lefts.Count; k++)
            {
                if (left <= rights[k] && lefts[k] <= right)
                {
                    if (found >= 0)
                    {
                        return null;
                    }

                    found = k;
                }
            }

            if (found < 0)
            {
                return null;
            }

            assignment[c] = found;
        }

        return assignment;
    }

    /// <summary>A band (no horizontal gap inside) read left to right when it splits into columns, else top to bottom.</summary>
    private static void AppendBand(List<LayoutRegion> band, List<LayoutRegion> ordered)
    {
        var columns = SplitIntoColumns(band);
        if (columns.Count > 1)
        {
            foreach (var column in columns)
            {
                Append(column, ordered);
            }

            return;
        }

        band.Sort(static (a, b) => a.Box.Top != b.Box.Top
            ? b.Box.Top.CompareTo(a.Box.Top)
            : a.Box.Left.CompareTo(b.Box.Left));
        ordered.AddRange(band);
    }

    /// <summary>Splits where a vertical strip at least <see cref="MinimumColumnGap"/> wide crosses no block.</summary>
    private static List<List<LayoutRegion>> SplitIntoColumns(List<LayoutRegion> blocks)
    {
        var byLeft = new List<LayoutRegion>(blocks);
        byLeft.Sort(static (a, b) => a.Box.Left.CompareTo(b.Box.Left));
        var columns = new List<List<LayoutRegion>>();
        var current = new List<LayoutRegion>();
        var right = double.MinValue;
        foreach (var block in byLeft)
        {
            if (current.Count > 0 && block.Box.Left > right + MinimumColumnGap)
            {
                columns.Add(current);
                current = [];
            }

            current.Add(block);
            right = Math.Max(right, block.Box.Right);
        }

        columns.Add(current);
        return columns;
    }

    /// <summary>Splits where a horizontal strip crosses no block.</summary>
    private static List<List<LayoutRegion>> SplitIntoBands(List<LayoutRegion> blocks)
    {
        var byTop = new List<LayoutRegion>(blocks);
        byTop.Sort(static (a, b) => b.Box.Top.CompareTo(a.Box.Top));
        var bands = new List<List<LayoutRegion>>();
        var current = new List<LayoutRegion>();
        var bottom = double.MaxValue;
        foreach (var block in byTop)
        {
            if (current.Count > 0 && block.Box.Top < bottom)
            {
                bands.Add(current);
                current = [];
                bottom = double.MaxValue;
            }

            current.Add(block);
            bottom = Math.Min(bottom, block.Box.Bottom);
        }

        bands.Add(current);
        return bands;
    }

    /// <summary>Whether a region's columns are columns of running text: each a good share of the region's width, not a narrow label column.</summary>
    private static bool AreTextColumns(List<double> lefts, List<double> rights)
    {
        var width = rights[^1] - lefts[0];
        for (var i = 0; i < lefts.Count; i++)
        {
            if (rights[i] - lefts[i] < MinimumColumnShare * width)
            {
                return false;
            }
        }

        return true;
    }

    private static double Left(List<LayoutRegion> column) => column.Min(static block => block.Box.Left);

    private static double Right(List<LayoutRegion> column) => column.Max(static block => block.Box.Right);
}
