namespace TranscriptMiner.Plugins.Pdf.Layout;

/// <summary>
/// Groups the column pieces of a page's physical lines into blocks, top to bottom: a piece continues the block
/// whose last line sits just above it and shares horizontal space with it; otherwise it starts a block. "Just
/// above" is a baseline pitch of at most 1.15 times the page's usual line pitch (1.45 font sizes when the page
/// has too few lines to tell), so even a little extra space between paragraphs separates them. Used for pages whose letters come in line order, where the lines are already
/// known, instead of computing them again with Docstrum.
/// </summary>
internal static class LineBlockSegmenter
{
    private const double MaximumLinePitchInFontSizes = 1.45;
    private const double MaximumLinePitchInUsualPitches = 1.15;
    private const int MinimumPitchSamples = 3;
    private const double LongestUsualPitchInFontSizes = 3.0;

    public static List<LayoutRegion> Segment(IReadOnlyList<PhysicalLine> lines, HashSet<PhysicalLine> skipped)
    {
        var usualPitch = UsualPitch(lines, skipped);
        var maximumPitch = usualPitch > 0 ? MaximumLinePitchInUsualPitches * usualPitch : MaximumLinePitchInFontSizes;
        var open = new List<BlockUnderConstruction>();
        var finished = new List<BlockUnderConstruction>();
        foreach (var line in lines)
        {
            if (skipped.Contains(line))
            {
                continue;
            }

            foreach (var segment in line.Segments)
            {
                var best = default(BlockUnderConstruction);
                var bestOverlap = 0.0;
                foreach (var block in open)
                {
                    var overlap = block.OverlapWith(segment);
                    if (overlap > bestOverlap && block.LastBaseline > line.Baseline
                        && block.LastBaseline - line.Baseline <= maximumPitch * Math.Max(block.LastFontSize, line.FontSize))
                    {
                        best = block;
                        bestOverlap = overlap;
                    }
                }

                if (best is null)
                {
                    best = new BlockUnderConstruction();
                    open.Add(best);
                }

                best.Add(segment, line);
            }

            for (var i = open.Count - 1; i >= 0; i--)
            {
                var block = open[i];
                if (block.LastBaseline - line.Baseline > maximumPitch * Math.Max(block.LastFontSize, line.FontSize))
                {
                    finished.Add(block);
                    open.RemoveAt(i);
                }
            }
        }

        finished.AddRange(open);
        return finished.ConvertAll(block => block.ToRegion());
    }

    /// <summary>The tenth-percentile baseline pitch between consecutive lines of the same size (the pitch inside paragraphs, even when most paragraphs are one or two lines), in font sizes; 0 when unknown.</summary>
    private static double UsualPitch(IReadOnlyList<PhysicalLine> lines, HashSet<PhysicalLine> skipped)
    {
        var pitches = new List<double>();
        PhysicalLine? above = null;
        foreach (var line in lines)
        {
            if (skipped.Contains(line))
            {
                above = null;
                continue;
            }

            if (above is not null && Math.Abs(above.FontSize - line.FontSize) < 0.5)
            {
                var pitch = (above.Baseline - line.Baseline) / line.FontSize;
                if (pitch is > 0.9 and <= LongestUsualPitchInFontSizes)
                {
                    pitches.Add(pitch);
                }
            }

            above = line;
        }

        if (pitches.Count < MinimumPitchSamples)
        {
            return 0;
        }

        pitches.Sort();
        return pitches[pitches.Count / 10];
    }

    /// <summary>The lines gathered so far for one block.</summary>
    private sealed class BlockUnderConstruction
    {
        private readonly List<LayoutLine> lines = [];
        private PageBox box = PageBox.Empty;
        private double lastLeft;
        private double lastRight;

        public double LastBaseline { get; private set; } = double.MaxValue;

        public double LastFontSize { get; private set; }

        public double OverlapWith(WordGroup segment) =>
            Math.Min(lastRight, segment.Right) - Math.Max(lastLeft, segment.Left);

        public void Add(WordGroup segment, PhysicalLine line)
        {
            lines.Add(new LayoutLine(segment.Words));
            foreach (var word in segment.Words)
            {
                box = box.Union(word);
            }

            lastLeft = segment.Left;
            lastRight = segment.Right;
            LastBaseline = line.Baseline;
            LastFontSize = line.FontSize;
        }

        public LayoutRegion ToRegion() => LayoutRegion.Text(lines, box);
    }
}
