using TranscriptMiner.Abstractions;
using TranscriptMiner.Core.Model;

namespace TranscriptMiner.Core.Segmentation;

/// <summary>
/// Labels board papers and other documents: each heading starts a section whose heading path is the stack of heading
/// texts by level; text before the first heading is preamble; tables are their own groups; a document without headings
/// gets paragraph groups.
/// </summary>
internal static class SectionLabeller
{
    public static SegmentLabel[] Label(IReadOnlyList<TextUnit> units)
    {
        var labels = new SegmentLabel[units.Count];
        var hasHeadings = units.Any(u => u.Block.Kind == BlockKind.Heading);
        var current = new SegmentLabel(hasHeadings ? SegmentKind.Preamble : SegmentKind.Paragraph);
        var stack = new List<(int Level, string Text)>();
        SegmentLabel? table = null;
        for (var i = 0; i < units.Count; i++)
        {
            var unit = units[i];
            var block = unit.Block;
            if (block.Kind == BlockKind.TableRow)
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

            if (block.Kind == BlockKind.Heading)
            {
                while (stack.Count > 0 && stack[^1].Level >= block.HeadingLevel)
                {
                    stack.RemoveAt(stack.Count - 1);
                }

                stack.Add((block.HeadingLevel, unit.Text));
                current = new SegmentLabel(SegmentKind.Section) { HeadingPath = stack.Select(h => h.Text).ToArray() };
            }

            labels[i] = current;
        }

        return labels;
    }
}
