using Microsoft.Extensions.Logging;
using TranscriptMiner.Core.Pipeline;

namespace TranscriptMiner.Cli.Watch;

/// <summary>Log messages of the watch worker.</summary>
internal static partial class WatchLog
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Watching {Folder}")]
    public static partial void Watching(ILogger logger, string folder);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Warning, Message = "The folder {Folder} does not exist; it is not watched (a reconcile scan picks it up once it exists)")]
    public static partial void FolderMissing(ILogger logger, string folder);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Warning, Message = "The file watcher lost events ({Reason}); a full reconcile scan follows")]
    public static partial void WatcherError(ILogger logger, string reason, Exception? exception);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Information, Message = "Reconcile scan: {Hinted} files to look at, {Missing} gone from disk")]
    public static partial void Reconciled(ILogger logger, int hinted, int missing);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Error, Message = "Reconcile scan failed: {Reason}")]
    public static partial void ReconcileFailed(ILogger logger, string reason, Exception exception);

    [LoggerMessage(EventId = 3006, Level = LogLevel.Debug, Message = "{Path}: still being written or held by another process; looked at again later")]
    public static partial void Deferred(ILogger logger, string path);

    [LoggerMessage(EventId = 3007, Level = LogLevel.Information, Message = "{Path}: {Outcome}")]
    public static partial void FileFinished(ILogger logger, string path, IngestFileOutcome outcome);

    [LoggerMessage(EventId = 3008, Level = LogLevel.Error, Message = "The workspace cannot be opened for writing: {Reason}")]
    public static partial void WorkspaceUnavailable(ILogger logger, string reason);

    [LoggerMessage(EventId = 3009, Level = LogLevel.Critical, Message = "The watch worker stopped: {Reason}")]
    public static partial void Fatal(ILogger logger, string reason, Exception? exception);

    [LoggerMessage(EventId = 3010, Level = LogLevel.Error, Message = "{Service} failed: {Reason}; it goes on")]
    public static partial void ServiceError(ILogger logger, string service, string reason, Exception exception);

    [LoggerMessage(EventId = 3011, Level = LogLevel.Warning, Message = "The files in hand did not finish within {Seconds} s of the stop request; they are abandoned and read again at the next start")]
    public static partial void DrainTimedOut(ILogger logger, double seconds);

    [LoggerMessage(EventId = 3012, Level = LogLevel.Information, Message = "Stopped watching: {Files} files done")]
    public static partial void Stopped(ILogger logger, long files);

    [LoggerMessage(EventId = 3013, Level = LogLevel.Warning, Message = "The watch status file could not be written: {Reason}")]
    public static partial void StatusNotWritten(ILogger logger, string reason);
}
