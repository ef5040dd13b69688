namespace TranscriptMiner.Plugins.Pdf.Layout;

/// <summary>A region of a page: either a text block (lines) or a table (rows), with its bounding box.</summary>
internal sealed class LayoutRegion
{
    private LayoutRegion(IReadOnlyList<LayoutLine> lines, IReadOnlyList<TableRowLayout> rows, PageBox box)
    {
        Lines = lines;
        Rows = rows;
        Box = box;
    }

    public IReadOnlyList<LayoutLine> Lines { get; }

    public IReadOnlyList<TableRowLayout> Rows { get; }

    public PageBox Box { get; }

    public bool IsTable => Rows.Count > 0;

    public static LayoutRegion Text(IReadOnlyList<LayoutLine> lines, PageBox box) => new(lines, [], box);

    public static LayoutRegion Table(IReadOnlyList<TableRowLayout> rows, PageBox box) => new([], rows, box);
}
