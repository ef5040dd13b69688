using TranscriptMiner.Abstractions;
using TranscriptMiner.Core.Model;

namespace TranscriptMiner.Core.Segmentation;

/// <summary>
/// Labels board papers and other documents: each heading starts a section whose heading path is the stack of heading
/// texts by level; text before the first heading is preamble; tables are their own groups. When a document has no
/// heading blocks but at least two short numbered lines ("2.1 Financial position") or short bold lines, those act as
/// headings (a numbered line's level is its depth, a bold line's level 1); otherwise it gets paragraph groups.
/// </summary>
internal static class SectionLabeller
{
    private const int MaxPseudoHeadingWords = 12;

    public static SegmentLabel[] Label(IReadOnlyList<TextUnit> units)
    {
        var levels = HeadingLevels(units);
        var labels = new SegmentLabel[units.Count];
        var hasHeadings = levels.Any(l => l > 0);
        var current = new SegmentLabel(hasHeadings ? SegmentKind.Preamble : SegmentKind.Paragraph);
        var stack = new List<(int Level, string Text)>();
        SegmentLabel? table = null;
        for (var i = 0; i < units.Count; i++)
        {
            var unit = units[i];
            if (unit.Block.Kind == BlockKind.TableRow)
            {
                table ??= current.WithKind(SegmentKind.Table);
                labels[i] = table;
                continue;
            }

            if (table is not null)
            {
                table = null;
                current = current.Continue();
            }

            if (levels[i] > 0)
            {
                while (stack.Count > 0 && stack[^1].Level >= levels[i])
                {
                    stack.RemoveAt(stack.Count - 1);
                }

                stack.Add((levels[i], unit.Text));
                current = new SegmentLabel(SegmentKind.Section) { HeadingPath = stack.Select(h => h.Text).ToArray() };
            }

            labels[i] = current;
        }

        return labels;
    }

    private static int[] HeadingLevels(IReadOnlyList<TextUnit> units)
    {
        var levels = new int[units.Count];
        var any = false;
        for (var i = 0; i < units.Count; i++)
        {
            if (units[i].Block.Kind == BlockKind.Heading)
            {
                levels[i] = units[i].Block.HeadingLevel;
                any = true;
            }
        }

        if (any)
        {
            return levels;
        }

        var pseudo = 0;
        for (var i = 0; i < units.Count; i++)
        {
            levels[i] = PseudoHeadingLevel(units[i]);
            pseudo += levels[i] > 0 ? 1 : 0;
        }

        if (pseudo < 2)
        {
            Array.Clear(levels);
        }

        return levels;
    }

    private static int PseudoHeadingLevel(TextUnit unit)
    {
        var block = unit.Block;
        if (block.Kind is not (BlockKind.Paragraph or BlockKind.ListItem) || unit.Words > MaxPseudoHeadingWords || unit.Text.EndsWith('.') || unit.Text.EndsWith(':'))
        {
            return 0;
        }

        if (AgendaItemParser.Parse(unit) is { Title: not null } numbered && char.IsDigit(numbered.Number[0]))
        {
            return numbered.Number.Count(c => c == '.') + 1;
        }

        return block.Kind == BlockKind.Paragraph && block.Style?.Bold == true && char.IsUpper(unit.Text[0]) ? 1 : 0;
    }
}
