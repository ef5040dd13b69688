using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis;
using UglyToad.PdfPig.DocumentLayoutAnalysis.PageSegmenter;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;
using UglyToad.PdfPig.PdfFonts;

namespace TranscriptMiner.Plugins.Pdf.Layout;

/// <summary>
/// Turns one PdfPig page into regions in reading order. When the letters come in line order (most producers):
/// words in one pass, physical lines by baseline, tables from aligned word groups, blocks by chaining the lines'
/// column pieces. Otherwise PdfPig's nearest-neighbour word extractor and Docstrum segmenter. Reading order by
/// recursive XY cuts over the regions. One instance serves one page at a time, on one thread.
/// </summary>
internal sealed class PageLayoutReader
{
    /// <summary>Lines this close to the page edge, separated from the body by a wider gap, are never table rows.</summary>
    private const int MarginLinesPerEdge = 2;
    private const double MarginGapInFontSizes = 1.5;
    private const double SameBaselineInFontSizes = 0.4;

    /// <summary>Pages are analysed in parallel already, so the PdfPig steps run single-threaded.</summary>
    private static readonly NearestNeighbourWordExtractor WordExtractor = new(
        new NearestNeighbourWordExtractor.NearestNeighbourWordExtractorOptions { MaxDegreeOfParallelism = 1 });

    private static readonly DocstrumBoundingBoxes BlockSegmenter = new(
        new DocstrumBoundingBoxes.DocstrumBoundingBoxesOptions { MaxDegreeOfParallelism = 1 });

    private FontDetails? lastFont;
    private bool lastFontIsBold;

    /// <summary>Gets the characters counted per font size on the pages this reader has read.</summary>
    public FontSizeHistogram Histogram { get; } = new();

    /// <summary>Whether any letter of the page is a letter or digit: pages without are images or scans.</summary>
    public static bool HasVisibleText(IReadOnlyList<Letter> letters)
    {
        foreach (var letter in letters)
        {
            foreach (var c in letter.Value)
            {
                if (char.IsLetterOrDigit(c))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Reads the page's letters; returns null when no word has any text.</summary>
    public PageLayout? Read(IReadOnlyList<Letter> letters, int pageNumber)
    {
        var inLineOrder = OrderedWordExtractor.TryGetWords(letters, out var orderedWords);
        IEnumerable<Word> words = inLineOrder ? orderedWords : WordExtractor.GetWords(letters);
        var described = new List<(Word Word, WordInfo Info)>();
        foreach (var word in words)
        {
            var info = Describe(word);
            if (info is not null)
            {
                described.Add((word, info));
            }
        }

        if (described.Count == 0)
        {
            return null;
        }

        var physicalLines = GroupIntoPhysicalLines(described);
        var usualWordGap = MedianWordGap(physicalLines);
        foreach (var line in physicalLines)
        {
            line.SplitIntoGroups(usualWordGap);
        }

        var (first, end) = BodyRange(physicalLines);
        var tables = TableDetector.Detect(physicalLines, first, end);
        var regions = new List<LayoutRegion>();
        var tableLines = new HashSet<PhysicalLine>(ReferenceEqualityComparer.Instance);
        foreach (var table in tables)
        {
            regions.Add(ToTable(table));
            foreach (var row in table)
            {
                tableLines.UnionWith(row.Lines);
            }
        }

        if (inLineOrder)
        {
            foreach (var line in physicalLines)
            {
                if (!tableLines.Contains(line))
                {
                    line.SplitIntoSegments(usualWordGap);
                }
            }

            regions.AddRange(LineBlockSegmenter.Segment(physicalLines, tableLines));
        }
        else
        {
            regions.AddRange(SegmentWithDocstrum(physicalLines, tableLines));
        }

        return new PageLayout(pageNumber, BlockReadingOrder.Order(regions));
    }

    /// <summary>For pages whose letters are out of order: PdfPig's Docstrum finds lines and blocks from the words.</summary>
    private static IEnumerable<LayoutRegion> SegmentWithDocstrum(List<PhysicalLine> physicalLines, HashSet<PhysicalLine> tableLines)
    {
        var infos = new Dictionary<Word, WordInfo>(ReferenceEqualityComparer.Instance);
        var remaining = new List<Word>();
        foreach (var line in physicalLines)
        {
            if (tableLines.Contains(line))
            {
                continue;
            }

            foreach (var (word, info) in line.Words)
            {
                infos[word] = info;
                remaining.Add(word);
            }
        }

        if (remaining.Count == 0)
        {
            return [];
        }

        return BlockSegmenter.GetBlocks(remaining).Select(block => ToText(block, infos));
    }

    private static List<PhysicalLine> GroupIntoPhysicalLines(List<(Word Word, WordInfo Info)> words)
    {
        var byBaseline = new List<(Word Word, WordInfo Info)>(words);
        byBaseline.Sort((a, b) => b.Info.Baseline.CompareTo(a.Info.Baseline));
        var lines = new List<PhysicalLine>();
        var current = new List<(Word Word, WordInfo Info)>();
        var baseline = double.NaN;
        foreach (var item in byBaseline)
        {
            if (current.Count > 0 && baseline - item.Info.Baseline > SameBaselineInFontSizes * Math.Max(1, item.Info.FontSize))
            {
                lines.Add(new PhysicalLine(current));
                current = [];
            }

            if (current.Count == 0)
            {
                baseline = item.Info.Baseline;
            }

            current.Add(item);
        }

        if (current.Count > 0)
        {
            lines.Add(new PhysicalLine(current));
        }

        return lines;
    }

    private static double MedianWordGap(List<PhysicalLine> lines)
    {
        var gaps = new List<double>();
        foreach (var line in lines)
        {
            line.CollectGaps(gaps);
        }

        if (gaps.Count == 0)
        {
            return 0;
        }

        gaps.Sort();
        return gaps[gaps.Count / 2];
    }

    /// <summary>Leaves out header and footer lines (set apart by a wide gap) from table detection.</summary>
    private static (int First, int End) BodyRange(List<PhysicalLine> lines)
    {
        var first = 0;
        for (var k = 0; k < MarginLinesPerEdge && k + 1 < lines.Count; k++)
        {
            if (Gap(lines[k], lines[k + 1]) > MarginGapInFontSizes * lines[k + 1].FontSize)
            {
                first = k + 1;
            }
        }

        var end = lines.Count;
        for (var k = lines.Count - 1; k > lines.Count - 1 - MarginLinesPerEdge && k - 1 >= first; k--)
        {
            if (Gap(lines[k - 1], lines[k]) > MarginGapInFontSizes * lines[k - 1].FontSize)
            {
                end = k;
            }
        }

        return (first, end);
    }

    private static double Gap(PhysicalLine above, PhysicalLine below) => above.Baseline - below.Baseline - below.FontSize;

    private static LayoutRegion ToTable(List<DetectedTableRow> table)
    {
        var rows = new List<TableRowLayout>(table.Count);
        var box = PageBox.Empty;
        foreach (var row in table)
        {
            var (cells, bold) = row.ToCells();
            rows.Add(new TableRowLayout(cells, bold));
            foreach (var line in row.Lines)
            {
                foreach (var (_, info) in line.Words)
                {
                    box = box.Union(info);
                }
            }
        }

        return LayoutRegion.Table(rows, box);
    }

    private static LayoutRegion ToText(TextBlock block, Dictionary<Word, WordInfo> infos)
    {
        var lines = new List<LayoutLine>(block.TextLines.Count);
        var box = block.BoundingBox;
        foreach (var textLine in block.TextLines)
        {
            var words = new List<WordInfo>(textLine.Words.Count);
            foreach (var word in textLine.Words)
            {
                if (infos.TryGetValue(word, out var info))
                {
                    words.Add(info);
                }
            }

            if (words.Count > 0)
            {
                words.Sort((a, b) => a.Left.CompareTo(b.Left));
                lines.Add(new LayoutLine(words));
            }
        }

        return LayoutRegion.Text(lines, new PageBox(box.Left, box.Bottom, box.Right, box.Top));
    }

    /// <summary>One pass over the word's letters: size, weight, and the document's size histogram.</summary>
    private WordInfo? Describe(Word word)
    {
        var text = word.Text;
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var letters = word.Letters;
        var bold = true;
        foreach (var letter in letters)
        {
            bold &= IsBold(letter.FontDetails);
        }

        var size = letters[letters.Count / 2].PointSize;
        Histogram.Add(size, letters.Count);
        var box = word.BoundingBox;
        return new WordInfo(text.Trim(), box.Left, box.Right, box.Bottom, box.Top, letters[0].StartBaseLine.Y, size, bold);
    }

    private bool IsBold(FontDetails? font)
    {
        if (font is null)
        {
            return false;
        }

        if (!ReferenceEquals(font, lastFont))
        {
            lastFont = font;
            var name = font.Name ?? string.Empty;
            lastFontIsBold = font.IsBold || font.Weight >= 600
                || name.Contains("Bold", StringComparison.OrdinalIgnoreCase)
                || name.Contains("Black", StringComparison.OrdinalIgnoreCase)
                || name.Contains("Heavy", StringComparison.OrdinalIgnoreCase)
                || name.Contains("Semibold", StringComparison.OrdinalIgnoreCase);
        }

        return lastFontIsBold;
    }
}
