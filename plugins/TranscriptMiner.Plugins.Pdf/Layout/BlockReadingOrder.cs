using UglyToad.PdfPig.DocumentLayoutAnalysis;

namespace TranscriptMiner.Plugins.Pdf.Layout;

/// <summary>
/// Puts a page's blocks in reading order by recursive XY cuts: columns (vertical gaps no block crosses) are read
/// left to right, bands (horizontal gaps) top to bottom. Consecutive bands that split into the same wide
/// columns are one multi-column region, read column by column, so paragraph gaps that happen to line up across
/// two columns do not interleave them.
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

    public static List<TextBlock> Order(IReadOnlyList<TextBlock> blocks)
    {
        var ordered = new List<TextBlock>(blocks.Count);
        Append(blocks.ToList(), ordered);
        return ordered;
    }

    private static void Append(List<TextBlock> blocks, List<TextBlock> ordered)
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
            blocks.Sort(static (a, b) => a.BoundingBox.Top != b.BoundingBox.Top
                ? b.BoundingBox.Top.CompareTo(a.BoundingBox.Top)
                : a.BoundingBox.Left.CompareTo(b.BoundingBox.Left));
            ordered.AddRange(blocks);
            return;
        }

        for (var i = 0; i < bands.Count;)
        {
            var bandColumns = SplitIntoColumns(bands[i]);
            if (bandColumns.Count < 2 || !AreTextColumns(bandColumns))
            {
                Append(bands[i], ordered);
                i++;
                continue;
            }

            var region = new List<List<List<TextBlock>>> { bandColumns };
            var next = i + 1;
            for (; next < bands.Count; next++)
            {
                var candidate = SplitIntoColumns(bands[next]);
                if (!AreTextColumns(candidate) || !SameColumns(region[^1], candidate))
                {
                    break;
                }

                region.Add(candidate);
            }

            for (var column = 0; column < bandColumns.Count; column++)
            {
                foreach (var band in region)
                {
                    Append(band[column], ordered);
                }
            }

            i = next;
        }
    }

    /// <summary>Splits where a vertical strip at least <see cref="MinimumColumnGap"/> wide crosses no block.</summary>
    private static List<List<TextBlock>> SplitIntoColumns(List<TextBlock> blocks)
    {
        var byLeft = new List<TextBlock>(blocks);
        byLeft.Sort(static (a, b) => a.BoundingBox.Left.CompareTo(b.BoundingBox.Left));
        var columns = new List<List<TextBlock>>();
        var current = new List<TextBlock>();
        var right = double.MinValue;
        foreach (var block in byLeft)
        {
            if (current.Count > 0 && block.BoundingBox.Left > right + MinimumColumnGap)
            {
                columns.Add(current);
                current = [];
            }

            current.Add(block);
            right = Math.Max(right, block.BoundingBox.Right);
        }

        columns.Add(current);
        return columns;
    }

    /// <summary>Splits where a horizontal strip crosses no block.</summary>
    private static List<List<TextBlock>> SplitIntoBands(List<TextBlock> blocks)
    {
        var byTop = new List<TextBlock>(blocks);
        byTop.Sort(static (a, b) => b.BoundingBox.Top.CompareTo(a.BoundingBox.Top));
        var bands = new List<List<TextBlock>>();
        var current = new List<TextBlock>();
        var bottom = double.MaxValue;
        foreach (var block in byTop)
        {
            if (current.Count > 0 && block.BoundingBox.Top < bottom)
            {
                bands.Add(current);
                current = [];
                bottom = double.MaxValue;
            }

            current.Add(block);
            bottom = Math.Min(bottom, block.BoundingBox.Bottom);
        }

        bands.Add(current);
        return bands;
    }

    /// <summary>Columns of running text are each a good share of the region's width (not a narrow label column).</summary>
    private static bool AreTextColumns(List<List<TextBlock>> columns)
    {
        if (columns.Count < 2)
        {
            return false;
        }

        var left = Left(columns[0]);
        var right = Right(columns[^1]);
        var width = right - left;
        return columns.TrueForAll(column => Right(column) - Left(column) >= MinimumColumnShare * width);
    }

    private static bool SameColumns(List<List<TextBlock>> above, List<List<TextBlock>> below)
    {
        if (above.Count != below.Count)
        {
            return false;
        }

        for (var i = 0; i < above.Count; i++)
        {
            if (Left(below[i]) > Right(above[i]) || Left(above[i]) > Right(below[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static double Left(List<TextBlock> column) => column.Min(static block => block.BoundingBox.Left);

    private static double Right(List<TextBlock> column) => column.Max(static block => block.BoundingBox.Right);
}
