namespace TranscriptMiner.Core.Plugins;

/// <summary>Where plugins are found and which plugin wins a media type; bound from <see cref="SectionName"/>.</summary>
public sealed class PluginOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "TranscriptMiner:Plugins";

    /// <summary>Gets the folders that hold one sub-folder per plugin. Relative paths are resolved against <see cref="AppContext.BaseDirectory"/>.</summary>
    public IList<string> Folders { get; } = [];

    /// <summary>
    /// Gets the preferred plugin id per media type, for when several plugins claim the same media type.
    /// Without a preference the first plugin loaded wins.
    /// </summary>
    public IDictionary<string, string> PreferredPlugins { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Resolves <see cref="Folders"/> to full paths, in order, without duplicates.</summary>
    /// <returns>The full paths.</returns>
    public IReadOnlyList<string> ResolveFolders() =>
        Folders
            .Where(folder => !string.IsNullOrWhiteSpace(folder))
            .Select(folder => Path.GetFullPath(folder, AppContext.BaseDirectory))
            .Distinct(StringComparer.Ordinal)
            .ToList();
}
