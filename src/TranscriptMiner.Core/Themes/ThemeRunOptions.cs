namespace TranscriptMiner.Core.Themes;

/// <summary>How to run a theme.</summary>
public sealed record ThemeRunOptions
{
    /// <summary>
    /// Gets whether to search only documents added or given a new version since the theme's last run (all documents
    /// when it has never run).
    /// </summary>
    public bool OnlyNew { get; init; }

    /// <summary>Gets the number of hits to show instead of the theme's own, if any.</summary>
    public int? Top { get; init; }
}
