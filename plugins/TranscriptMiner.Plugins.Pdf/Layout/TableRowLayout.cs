namespace TranscriptMiner.Plugins.Pdf.Layout;

/// <summary>One row of a detected table: its cells left to right.</summary>
internal sealed class TableRowLayout
{
    public TableRowLayout(IReadOnlyList<string> cells, bool isBold)
    {
        Cells = cells;
        IsBold = isBold;
    }

    public IReadOnlyList<string> Cells { get; }

    /// <summary>Gets whether every word of the row is bold (a likely header row).</summary>
    public bool IsBold { get; }
}
