namespace TranscriptMiner.Core.Segmentation;

/// <summary>How documents are cut into segments; bound from the configuration section <see cref="SectionName"/>.</summary>
public sealed class SegmentationOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "TranscriptMiner:Segmentation";

    /// <summary>Gets or sets the most words a segment may hold before it is split (default 400).</summary>
    public int MaxWords { get; set; } = 400;

    /// <summary>Gets or sets the fewest words a segment should hold; shorter parts are merged with a neighbour of the same provenance (default 12).</summary>
    public int MinWords { get; set; } = 12;
}
