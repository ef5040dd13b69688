using Microsoft.Extensions.Logging;

namespace TranscriptMiner.Cli.Commands;

/// <summary>Log messages of workspace opening.</summary>
internal static partial class WorkspaceCommandsLog
{
    [LoggerMessage(EventId = 2001, Level = LogLevel.Warning, Message = "The search index in {Folder} is damaged ({Reason}); rebuilding it from the catalog")]
    public static partial void RebuildingCorruptIndex(ILogger logger, string folder, string reason);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Information, Message = "Rebuilt the search index: {Count} segments")]
    public static partial void Rebuilt(ILogger logger, long count);
}
