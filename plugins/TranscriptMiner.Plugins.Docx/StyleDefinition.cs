namespace TranscriptMiner.Plugins.Docx;

/// <summary>What one style in the styles part says directly (before following its basedOn chain).</summary>
internal sealed record StyleDefinition
{
    public required string Id { get; init; }

    public string? Name { get; init; }

    public string? BasedOn { get; init; }

    public bool IsParagraphStyle { get; init; }

    public bool IsDefault { get; init; }

    /// <summary>Gets the zero-based outline level from the style's pPr, if set (9 means body text).</summary>
    public int? OutlineLevel { get; init; }

    public int? NumberingId { get; init; }

    public int? NumberingLevel { get; init; }

    public bool? Bold { get; init; }

    public bool? Italic { get; init; }

    public int? FontSizeHalfPoints { get; init; }
}
