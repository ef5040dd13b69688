namespace TranscriptMiner.Plugins.Docx;

/// <summary>One level (w:lvl) of a numbering definition.</summary>
internal sealed record ListLevelDefinition
{
    /// <summary>Gets the start value; the spec's default is 0.</summary>
    public int Start { get; init; }

    /// <summary>Gets the numFmt value, such as <c>decimal</c> or <c>bullet</c>.</summary>
    public string? Format { get; init; }

    /// <summary>Gets the lvlText template, such as <c>%1.%2</c>.</summary>
    public string? Template { get; init; }

    /// <summary>Gets the paragraph style linked to this level (w:pStyle), if any.</summary>
    public string? StyleId { get; init; }

    /// <summary>Gets whether the level shows all its counters as decimals (w:isLgl).</summary>
    public bool IsLegal { get; init; }
}
