using Microsoft.Extensions.Logging;

namespace TranscriptMiner.Core.Extraction;

/// <summary>The extraction service's log messages.</summary>
internal static partial class DocumentExtractionLog
{
    [LoggerMessage(EventId = 1200, Level = LogLevel.Warning, Message = "Stopped waiting for plugin {PluginId} on {Path}; its work is abandoned")]
    public static partial void Abandoned(ILogger logger, string pluginId, string path);
}
