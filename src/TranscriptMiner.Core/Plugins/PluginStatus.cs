namespace TranscriptMiner.Core.Plugins;

/// <summary>Whether a plugin was loaded.</summary>
public enum PluginStatus
{
    /// <summary>The plugin loaded and its extractors are registered.</summary>
    Loaded,

    /// <summary>The plugin could not be loaded; <see cref="PluginDescriptor.Error"/> says why.</summary>
    Failed,
}
