namespace TranscriptMiner.Plugins.Pdf.Layout;

/// <summary>A table row as found on the page: the line that sets out its cells and the wrapped lines under it.</summary>
internal sealed class DetectedTableRow
{
    public DetectedTableRow(PhysicalLine first)
    {
        First = first;
    }

    public PhysicalLine First { get; }

    /// <summary>Gets lines whose word groups continue cells of <see cref="First"/> (wrapped cell text).</summary>
    public List<PhysicalLine> Continuations { get; } = [];

    public IEnumerable<PhysicalLine> Lines => Continuations.Prepend(First);

    /// <summary>The row's cells: each group of the first line, with continuation groups appended to the column they sit in.</summary>
    public (string[] Cells, bool IsBold) ToCells()
    {
        var groups = First.Groups;
        var cells = new string[groups.Count];
        var bold = true;
        for (var i = 0; i < groups.Count; i++)
        {
            cells[i] = groups[i].Text;
            bold &= groups[i].IsBold;
        }

        foreach (var line in Continuations)
        {
            foreach (var group in line.Groups)
            {
                var column = TableDetector.ColumnOf(group, groups);
                if (column >= 0)
                {
                    cells[column] = Composition.LineJoiner.Join([cells[column], group.Text]);
                    bold &= group.IsBold;
                }
            }
        }

        return (cells, bold);
    }
}
