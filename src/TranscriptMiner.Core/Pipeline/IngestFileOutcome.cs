namespace TranscriptMiner.Core.Pipeline;

/// <summary>What happened to one file in an ingest run.</summary>
public enum IngestFileOutcome
{
    /// <summary>New content: a new document.</summary>
    Added,

    /// <summary>The path's content changed: its document got a new version.</summary>
    Updated,

    /// <summary>Size and mtime (or content) unchanged: skipped.</summary>
    Unchanged,

    /// <summary>The content is already a document at another path: one more location.</summary>
    Duplicate,

    /// <summary>The file could not be ingested; a failure was recorded.</summary>
    Failed,

    /// <summary>The file failed before and has not changed since: skipped (see <see cref="IngestRunOptions.RetryFailed"/>).</summary>
    SkippedPreviouslyFailed,

    /// <summary>The file is gone and its location was marked removed (only with <see cref="IngestRunOptions.RemoveMissingFiles"/>).</summary>
    Removed,
}
