using System.Text.RegularExpressions;
using TranscriptMiner.Abstractions;
using TranscriptMiner.Core.Model;

namespace TranscriptMiner.Core.Segmentation;

/// <summary>
/// Labels minutes: preamble, the attendance record (from the first "Present"/"In attendance"/"Apologies" line to the
/// first agenda item), agenda items (see <see cref="AgendaItemParser"/>; an unnumbered heading after the attendance,
/// after an item or after the title heading also starts an item, titled by the heading, without a number), tables,
/// minutes laid out as tables (item | minute | action) and the action log.
/// </summary>
/// <remarks>
/// Headings before the attendance record belong to the title block (organisation, committee, "Minutes of the meeting
/// held on ...") and stay in the preamble. Numbered list lines with a plain number ("1. NOTED the report;") do not start
/// items inside an item numbered by a committee or minute reference (the document numbers its items another way), nor
/// when they open a list introduced by a line ending with a colon ("The Committee:"); the rest of that list stays in the
/// item too.
/// </remarks>
internal static partial class MinutesLabeller
{
    public static SegmentLabel[] Label(IReadOnlyList<TextUnit> units)
    {
        var labels = Label(units, loose: false);
        if (!labels.Any(l => l.Kind == SegmentKind.AgendaItem)
            && units.Count(u => AgendaItemParser.Parse(u, loose: true) is not null) >= 2)
        {
            labels = Label(units, loose: true);
        }

        return labels;
    }

    private static SegmentLabel[] Label(IReadOnlyList<TextUnit> units, bool loose)
    {
        var labels = new SegmentLabel[units.Count];
        var preamble = new SegmentLabel(SegmentKind.Preamble);
        SegmentLabel? attendance = null;
        SegmentLabel? current = null;
        var itemStack = new List<(string Number, string Label)>();
        int[]? lastKey = null;
        var seenHeading = false; // the first heading is the title; later unnumbered headings start items
        var titleBlockEnd = TitleBlockEnd(units);
        var inPointList = false; // inside a numbered list that belongs to the current item
        var i = 0;
        while (i < units.Count)
        {
            var unit = units[i];
            if (unit.Block.Kind == BlockKind.TableRow)
            {
                var last = i;
                while (last + 1 < units.Count && units[last + 1].Block.Kind == BlockKind.TableRow)
                {
                    last++;
                }

                if (!IsActionHeader(units[i].Block) && current?.Kind != SegmentKind.ActionLog && IsMinutesTable(units, i, last))
                {
                    for (var k = i; k <= last; k++)
                    {
                        if (AgendaItemParser.ParseRow(RowCells(units[k]), out _) is { } rowItem)
                        {
                            current = StartItem(rowItem.Number, rowItem.Title, itemStack);
                        }

                        labels[k] = current ?? attendance ?? preamble;
                    }

                    i = last + 1;
                    continue;
                }

                SegmentLabel table;
                if (current is null && attendance is not null)
                {
                    table = attendance;
                }
                else if (current?.Kind == SegmentKind.ActionLog)
                {
                    table = current;
                }
                else if (IsActionHeader(units[i].Block))
                {
                    table = new SegmentLabel(SegmentKind.ActionLog);
                }
                else
                {
                    table = (current ?? preamble).WithKind(SegmentKind.Table);
                }

                for (var k = i; k <= last; k++)
                {
                    labels[k] = table;
                }

                if (current is not null && !ReferenceEquals(table, current))
                {
                    current = current.Continue();
                }

                i = last + 1;
                continue;
            }

            if (IsActionLogTitle(unit) && (NextIsTable(units, i) || unit.Block.Kind == BlockKind.Heading))
            {
                current = new SegmentLabel(SegmentKind.ActionLog);
                labels[i++] = current;
                continue;
            }

            if (current is null && AttendanceMarkers.Match(unit.Text, out _) != AttendanceMarkers.ListKind.None)
            {
                attendance ??= new SegmentLabel(SegmentKind.Attendance);
                labels[i++] = attendance;
                continue;
            }

            var candidate = AgendaItemParser.Parse(unit, loose);
            if (candidate is { } found && IsPointInsideItem(found, units, i, current, inPointList))
            {
                inPointList = true;
                candidate = null;
            }
            else if (unit.Block.Kind != BlockKind.ListItem)
            {
                inPointList = false;
            }

            if (candidate is { } heading && InSequence(heading, unit, ref lastKey))
            {
                current = StartItem(heading.Number, heading.Title, itemStack);
            }
            else if (unit.Block.Kind == BlockKind.Heading && (current is not null || attendance is not null || (seenHeading && i >= titleBlockEnd)))
            {
                itemStack.Clear();
                current = new SegmentLabel(SegmentKind.AgendaItem) { AgendaItemTitle = unit.Text };
            }

            seenHeading |= unit.Block.Kind == BlockKind.Heading;
            labels[i++] = current ?? attendance ?? preamble;
        }

        return labels;
    }

    /// <summary>
    /// Where the title block ends: at the first attendance marker line (not in a table) when no prose comes before it,
    /// else right after the last prose paragraph before it (a heading followed by prose is an item, even if an
    /// "Apologies" heading comes later); 0 when the document has no attendance marker.
    /// </summary>
    private static int TitleBlockEnd(IReadOnlyList<TextUnit> units)
    {
        var lastProse = -1;
        for (var i = 0; i < units.Count; i++)
        {
            var unit = units[i];
            if (unit.Block.Kind != BlockKind.TableRow && AttendanceMarkers.Match(unit.Text, out _) != AttendanceMarkers.ListKind.None)
            {
                return lastProse < 0 ? i : FirstHeadingBefore(units, lastProse);
            }

            if (unit.Block.Kind is BlockKind.Paragraph or BlockKind.ListItem
                && (unit.Words > 25 || (unit.Words >= 5 && unit.Text[^1] is '.' or '?' or '!')))
            {
                lastProse = i;
            }
        }

        return 0;
    }

    /// <summary>The index of the nearest heading at or before <paramref name="index"/>, or 0.</summary>
    private static int FirstHeadingBefore(IReadOnlyList<TextUnit> units, int index)
    {
        for (var i = index; i >= 0; i--)
        {
            if (units[i].Block.Kind == BlockKind.Heading)
            {
                return i;
            }
        }

        return 0;
    }

    /// <summary>
    /// Whether a plain-numbered line that is not a heading is a point inside the current item rather than a new item: the
    /// item has a committee or minute reference, the line continues such a list, or it opens a list introduced by a colon.
    /// </summary>
    private static bool IsPointInsideItem(AgendaItemHeading candidate, IReadOnlyList<TextUnit> units, int i, SegmentLabel? current, bool inPointList)
    {
        var unit = units[i];
        if (current?.Kind != SegmentKind.AgendaItem || unit.Block.Kind == BlockKind.Heading || AgendaItemParser.NumericKey(candidate.Number) is null
            || candidate.Number.StartsWith("Item", StringComparison.OrdinalIgnoreCase) || candidate.Number.StartsWith("Agenda", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (current.AgendaItemNumber is { Length: > 0 } number && AgendaItemParser.NumericKey(number) is null)
        {
            return true; // items are numbered by reference ("PCCC/22/048"); "1." inside is a point
        }

        return unit.Block.Kind == BlockKind.ListItem && (inPointList || (i > 0 && units[i - 1].Text.EndsWith(':')));
    }

    /// <summary>
    /// A numbered line that is not a heading only starts an item when its number comes after the current item's
    /// ("2" after "4.2" is a numbered point inside item 4.2, not a new item).
    /// </summary>
    private static bool InSequence(AgendaItemHeading heading, TextUnit unit, ref int[]? lastKey)
    {
        var key = AgendaItemParser.NumericKey(heading.Number);
        if (key is null)
        {
            return true;
        }

        if (lastKey is not null && unit.Block.Kind != BlockKind.Heading && AgendaItemParser.CompareKeys(key, lastKey) <= 0)
        {
            return false;
        }

        lastKey = key;
        return true;
    }

    private static SegmentLabel StartItem(string number, string? title, List<(string Number, string Label)> stack)
    {
        var numeric = char.IsDigit(number[0]);
        if (!numeric)
        {
            stack.Clear();
        }

        while (stack.Count > 0 && !number.StartsWith(stack[^1].Number + ".", StringComparison.Ordinal))
        {
            stack.RemoveAt(stack.Count - 1);
        }

        var label = new SegmentLabel(SegmentKind.AgendaItem)
        {
            AgendaItemNumber = number,
            AgendaItemTitle = title,
            HeadingPath = stack.Select(s => s.Label).ToArray(),
        };
        if (numeric)
        {
            stack.Add((number, title is null ? number : number + " " + title));
        }
        return label;
    }

    /// <summary>
    /// Whether a run of rows is minutes laid out as a table: a committee reference in the first column, or at least two
    /// numbered rows and some discussion text (a cell of 15 words or more).
    /// </summary>
    private static bool IsMinutesTable(IReadOnlyList<TextUnit> units, int first, int last)
    {
        var numbered = 0;
        var references = 0;
        var discussion = false;
        for (var k = first; k <= last; k++)
        {
            var cells = RowCells(units[k]);
            if (AgendaItemParser.ParseRow(cells, out var isReference) is not null)
            {
                numbered++;
                references += isReference ? 1 : 0;
            }

            discussion |= cells.Any(c => c.Length > 60 && c.Split(' ').Length >= 15);
        }

        return references > 0 || (numbered >= 2 && discussion);
    }

    private static string[] RowCells(TextUnit unit) =>
        unit.Block.Cells.Select(TextNormalizer.Normalize).ToArray();

    private static bool NextIsTable(IReadOnlyList<TextUnit> units, int i) =>
        i + 1 < units.Count && units[i + 1].Block.Kind == BlockKind.TableRow;

    private static bool IsActionLogTitle(TextUnit unit) =>
        unit.Block.Kind is BlockKind.Heading or BlockKind.Paragraph && unit.Words <= 6 && ActionLogTitlePattern().IsMatch(unit.Text);

    private static bool IsActionHeader(ExtractedBlock row)
    {
        var hasAction = false;
        var hasOwner = false;
        var hasDue = false;
        foreach (var cell in row.Cells)
        {
            hasAction |= cell.Contains("action", StringComparison.OrdinalIgnoreCase);
            hasOwner |= cell.Contains("owner", StringComparison.OrdinalIgnoreCase) || cell.Contains("lead", StringComparison.OrdinalIgnoreCase)
                || cell.Contains("responsible", StringComparison.OrdinalIgnoreCase) || cell.Contains("by whom", StringComparison.OrdinalIgnoreCase);
            hasDue |= cell.Contains("due", StringComparison.OrdinalIgnoreCase) || cell.Contains("date", StringComparison.OrdinalIgnoreCase)
                || cell.Contains("deadline", StringComparison.OrdinalIgnoreCase) || cell.Contains("by when", StringComparison.OrdinalIgnoreCase);
        }

        return hasAction && hasOwner && hasDue;
    }

    [GeneratedRegex(@"^(?:\d{1,3}\.?\s+)?(?:Action\s+log|Actions?|Action\s+tracker|Action\s+points|Actions\s+arising|Schedule\s+of\s+actions|Matters\s+arising\s+and\s+action\s+log)\s*:?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ActionLogTitlePattern();
}
