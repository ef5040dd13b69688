using Microsoft.Extensions.Logging;

namespace TranscriptMiner.Core.Plugins;

/// <summary>The plugin host's log messages.</summary>
internal static partial class PluginHostLog
{
    [LoggerMessage(EventId = 1100, Level = LogLevel.Warning, Message = "Plugin folder {Folder} does not exist")]
    public static partial void FolderMissing(ILogger logger, string folder);

    [LoggerMessage(EventId = 1106, Level = LogLevel.Error, Message = "Plugin folder {Folder} cannot be read: {Reason}")]
    public static partial void FolderUnreadable(ILogger logger, string folder, string reason);

    [LoggerMessage(EventId = 1101, Level = LogLevel.Warning, Message = "Skipping {Folder}: it has no plugin.json")]
    public static partial void NoManifest(ILogger logger, string folder);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Information, Message = "Loaded plugin {PluginId} ({PluginName} {Version}) reading {MediaTypes}")]
    public static partial void Loaded(ILogger logger, string pluginId, string pluginName, string version, string mediaTypes);

    [LoggerMessage(EventId = 1103, Level = LogLevel.Error, Message = "Plugin {PluginName} ({Folder}) failed to load: {Reason}")]
    public static partial void LoadFailed(ILogger logger, string pluginName, string folder, string reason);

    [LoggerMessage(EventId = 1104, Level = LogLevel.Warning, Message = "Media type {MediaType} is claimed by plugins {Winner} and {Loser}; using {Winner}")]
    public static partial void Conflict(ILogger logger, string mediaType, string winner, string loser);

    [LoggerMessage(EventId = 1105, Level = LogLevel.Warning, Message = "Preferred plugin {PluginId} for {MediaType} is not loaded or does not read it")]
    public static partial void PreferenceUnmet(ILogger logger, string pluginId, string mediaType);
}
