namespace TranscriptMiner.Plugins.Docx;

/// <summary>A numbering instance (w:num): the abstract definition it uses and its per-level overrides.</summary>
internal sealed record ListInstance
{
    public required int AbstractId { get; init; }

    /// <summary>Gets the startOverride values by level.</summary>
    public required IReadOnlyDictionary<int, int> StartOverrides { get; init; }

    /// <summary>Gets replacement level definitions by level.</summary>
    public required IReadOnlyDictionary<int, ListLevelDefinition> LevelOverrides { get; init; }
}
