namespace TranscriptMiner.Plugins.Pdf.Layout;

/// <summary>A region of a page in reading order: either a text block (lines) or a table (rows).</summary>
internal sealed class LayoutRegion
{
    private LayoutRegion(IReadOnlyList<LayoutLine> lines, IReadOnlyList<TableRowLayout> rows)
    {
        Lines = lines;
        Rows = rows;
    }

    public IReadOnlyList<LayoutLine> Lines { get; }

    public IReadOnlyList<TableRowLayout> Rows { get; }

    public bool IsTable => Rows.Count > 0;

    public static LayoutRegion Text(IReadOnlyList<LayoutLine> lines) => new(lines, []);

    public static LayoutRegion Table(IReadOnlyList<TableRowLayout> rows) => new([], rows);
}
