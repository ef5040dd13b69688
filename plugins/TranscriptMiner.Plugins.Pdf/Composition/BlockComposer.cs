using TranscriptMiner.Abstractions;
using TranscriptMiner.Plugins.Pdf.Layout;

namespace TranscriptMiner.Plugins.Pdf.Composition;

/// <summary>
/// Turns page layouts into extracted blocks: headings (by size rank, or short all-bold lines at body size),
/// list items, paragraphs and table rows, with page breaks between pages. Running lines are left out.
/// </summary>
internal sealed class BlockComposer
{
    private const int MaximumHeadingWords = 15;
    private const int MaximumHeadingLines = 3;
    private const int MaximumBoldHeadingLines = 2;
    private const double LargerRatio = 1.15;
    private const double LargerByPoints = 1.0;
    private const int DeepestLevel = 6;
    private const int BoldHeadingLevelWithoutSizedHeadings = 3;

    private readonly double bodySize;

    public BlockComposer(double bodySize)
    {
        this.bodySize = bodySize;
    }

    public List<ExtractedBlock> Compose(IReadOnlyList<PageLayout?> pages, int maxBlocks)
    {
        var items = new List<(int Page, TextRun? Run, LayoutRegion? Table)>();
        var headingSizes = new SortedSet<int>();
        foreach (var page in pages)
        {
            if (page is null)
            {
                continue;
            }

            foreach (var region in page.Regions)
            {
                if (region.IsTable)
                {
                    items.Add((page.Number, null, region));
                    continue;
                }

                foreach (var run in SplitIntoRuns(region.Lines))
                {
                    items.Add((page.Number, run, null));
                    if (IsSizedHeading(run))
                    {
                        headingSizes.Add(FontSizeHistogram.KeyOf(run.FontSize));
                    }
                }
            }
        }

        var levels = headingSizes.Reverse().ToList();
        var boldLevel = levels.Count > 0 ? Math.Min(levels.Count + 1, DeepestLevel) : BoldHeadingLevelWithoutSizedHeadings;
        var blocks = new List<ExtractedBlock>(items.Count + pages.Count);
        var index = 0;
        for (var pageNumber = 1; pageNumber <= pages.Count; pageNumber++)
        {
            if (pageNumber > 1)
            {
                blocks.Add(ExtractedBlock.PageBreak(pageNumber));
            }

            for (; index < items.Count && items[index].Page == pageNumber; index++)
            {
                var (page, run, table) = items[index];
                if (table is not null)
                {
                    AddTable(blocks, table, page);
                }
                else if (run is not null)
                {
                    AddRun(blocks, run, page, levels, boldLevel);
                }

                if (blocks.Count > maxBlocks)
                {
                    throw new ExtractionException(
                        ExtractionFailureKind.TooLarge,
                        $"the PDF produces more than {maxBlocks} blocks, the configured limit");
                }
            }
        }

        return blocks;
    }

    private static void AddTable(List<ExtractedBlock> blocks, LayoutRegion table, int page)
    {
        for (var i = 0; i < table.Rows.Count; i++)
        {
            var row = table.Rows[i];
            blocks.Add(ExtractedBlock.TableRow(row.Cells, page, isHeader: i == 0 && row.IsBold && table.Rows.Count > 1));
        }
    }

    /// <summary>Splits a block's lines where the size changes, where bold ends, or where a bold line follows a finished sentence.</summary>
    private static IEnumerable<TextRun> SplitIntoRuns(IReadOnlyList<LayoutLine> lines)
    {
        var current = new List<LayoutLine>();
        foreach (var line in lines)
        {
            if (line.IsRunningLine)
            {
                continue;
            }

            if (current.Count > 0 && StartsNewRun(current[^1], line))
            {
                yield return new TextRun(current);
                current = [];
            }

            current.Add(line);
        }

        if (current.Count > 0)
        {
            yield return new TextRun(current);
        }
    }

    private static bool StartsNewRun(LayoutLine previous, LayoutLine line)
    {
        if (FontSizeHistogram.KeyOf(previous.FontSize) != FontSizeHistogram.KeyOf(line.FontSize))
        {
            return true;
        }

        if (previous.IsBold && !line.IsBold)
        {
            return true;
        }

        return !previous.IsBold && line.IsBold && EndsClause(previous.Text);
    }

    private static bool EndsClause(string text)
    {
        var trimmed = text.TrimEnd();
        return trimmed.Length > 0 && trimmed[^1] is '.' or ':' or ';' or '?' or '!';
    }

    private bool IsShort(TextRun run) =>
        run.WordCount <= MaximumHeadingWords
        && run.Text.Any(char.IsLetter)
        && !run.Text.TrimEnd().EndsWith('.');

    private bool IsSizedHeading(TextRun run) =>
        run.Lines.Count <= MaximumHeadingLines
        && run.FontSize >= bodySize * LargerRatio
        && run.FontSize - bodySize >= LargerByPoints
        && IsShort(run);

    private bool IsBoldHeading(TextRun run) =>
        run.IsBold
        && run.Lines.Count <= MaximumBoldHeadingLines
        && run.FontSize >= bodySize - 0.5
        && IsShort(run);

    private void AddRun(List<ExtractedBlock> blocks, TextRun run, int page, List<int> levels, int boldLevel)
    {
        var style = new StyleHints
        {
            FontSize = run.FontSize,
            Bold = run.IsBold,
            BoldPrefixLength = run.BoldPrefixLength > 0 ? run.BoldPrefixLength : null,
        };

        if (IsSizedHeading(run))
        {
            var level = levels.IndexOf(FontSizeHistogram.KeyOf(run.FontSize)) + 1;
            blocks.Add(ExtractedBlock.Heading(run.Text, Math.Min(level, DeepestLevel), page) with { Style = style });
            return;
        }

        if (IsBoldHeading(run))
        {
            blocks.Add(ExtractedBlock.Heading(run.Text, boldLevel, page) with { Style = style });
            return;
        }

        AddParagraphsAndListItems(blocks, run, page, style);
    }

    /// <summary>Emits the run as a paragraph, cutting out list items at lines that start with a bullet or number.</summary>
    private static void AddParagraphsAndListItems(List<ExtractedBlock> blocks, TextRun run, int page, StyleHints style)
    {
        var hasMarker = false;
        for (var i = 0; i < run.Lines.Count && !hasMarker; i++)
        {
            hasMarker = StartsItem(run.Lines, i, out _, out _);
        }

        if (!hasMarker)
        {
            blocks.Add(ExtractedBlock.Paragraph(run.Text, page) with { Style = style });
            return;
        }

        var itemStyle = style with { BoldPrefixLength = null };
        var pending = new List<string>();
        string? marker = null;
        for (var i = 0; i <= run.Lines.Count; i++)
        {
            string? nextMarker = null;
            string? rest = null;
            var boundary = i == run.Lines.Count || StartsItem(run.Lines, i, out nextMarker, out rest);
            if (boundary && pending.Count > 0)
            {
                var text = LineJoiner.Join(pending);
                blocks.Add(marker is null
                    ? ExtractedBlock.Paragraph(text, page) with { Style = itemStyle }
                    : ExtractedBlock.ListItem(text, marker, 0, page) with { Style = itemStyle });
                pending.Clear();
            }

            if (i == run.Lines.Count)
            {
                break;
            }

            if (boundary)
            {
                marker = nextMarker;
                pending.Add(rest!);
            }
            else
            {
                pending.Add(run.Lines[i].Text);
            }
        }
    }

    private static bool StartsItem(IReadOnlyList<LayoutLine> lines, int index, out string marker, out string rest)
    {
        if (!ListMarker.TryParse(lines[index].Text, out marker, out rest, out var isBullet))
        {
            return false;
        }

        return isBullet || index == 0 || EndsClause(lines[index - 1].Text);
    }
}
