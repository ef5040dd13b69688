namespace TranscriptMiner.Abstractions;

/// <summary>What the source said about a block's appearance, where known. Segmentation uses these as hints only.</summary>
public sealed record StyleHints
{
    /// <summary>Gets the dominant font size in points, if known.</summary>
    public double? FontSize { get; init; }

    /// <summary>Gets whether the whole block is bold, if known.</summary>
    public bool? Bold { get; init; }

    /// <summary>Gets whether the whole block is italic, if known.</summary>
    public bool? Italic { get; init; }

    /// <summary>
    /// Gets the number of characters at the start of <see cref="ExtractedBlock.Text"/> that are bold while the rest is not,
    /// such as a bold speaker label "Interviewer:"; null or 0 when there is no such prefix.
    /// </summary>
    public int? BoldPrefixLength { get; init; }

    /// <summary>Gets the source's style name, such as <c>Heading 2</c> or <c>ListParagraph</c>, if any.</summary>
    public string? StyleName { get; init; }
}
