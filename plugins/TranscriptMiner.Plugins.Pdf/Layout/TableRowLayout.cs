namespace TranscriptMiner.Plugins.Pdf.Layout;

/// <summary>One row of a detected table: its cells left to right.</summary>
internal sealed class TableRowLayout
{
    public TableRowLayout(IReadOnlyList<string> cells, bool isBold, double top, double bottom)
    {
        Cells = cells;
        IsBold = isBold;
        Top = top;
        Bottom = bottom;
    }

    public IReadOnlyList<string> Cells { get; }

    /// <summary>Gets whether every word of the row is bold (a likely header row).</summary>
    public bool IsBold { get; }

    public double Top { get; }

    public double Bottom { get; }
}
