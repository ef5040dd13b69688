namespace TranscriptMiner.Plugins.Pdf.Layout;

/// <summary>The regions of one page in reading order.</summary>
internal sealed class PageLayout
{
    public PageLayout(int number, IReadOnlyList<LayoutRegion> regions)
    {
        Number = number;
        Regions = regions;
    }

    /// <summary>Gets the 1-based page number.</summary>
    public int Number { get; }

    public IReadOnlyList<LayoutRegion> Regions { get; }

    /// <summary>Gets every text line of the page (table rows excluded).</summary>
    public IEnumerable<LayoutLine> TextLines => Regions.SelectMany(region => region.Lines);
}
