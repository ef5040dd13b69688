using Microsoft.Extensions.Logging;

namespace TranscriptMiner.Core.Pipeline;

/// <summary>The ingest pipeline's log messages.</summary>
internal static partial class IngestPipelineLog
{
    [LoggerMessage(EventId = 3000, Level = LogLevel.Warning, Message = "{Path}: {Kind}: {Reason}")]
    public static partial void FileFailed(ILogger logger, string path, string kind, string reason);

    [LoggerMessage(EventId = 3001, Level = LogLevel.Error, Message = "{Path}: unexpected error")]
    public static partial void UnexpectedError(ILogger logger, string path, Exception exception);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Warning, Message = "{Message}")]
    public static partial void Warning(ILogger logger, string message, Exception? exception);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Information, Message = "Index repair: {Reindexed} document(s) re-indexed, {Deleted} deleted from the index")]
    public static partial void Repaired(ILogger logger, int reindexed, int deleted);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Information, Message = "Ingest {State}: {Files} file(s), {Added} added, {Updated} updated, {Unchanged} unchanged, {Duplicate} duplicate, {Failed} failed, {Removed} removed in {Elapsed}")]
    public static partial void Finished(ILogger logger, string state, int files, int added, int updated, int unchanged, int duplicate, int failed, int removed, TimeSpan elapsed);
}
