using TranscriptMiner.Core.Catalog;

namespace TranscriptMiner.Core.Pipeline;

/// <summary>What an ingest run did.</summary>
public sealed record IngestSummary
{
    /// <summary>Gets the number of files that became new documents.</summary>
    public int Added { get; init; }

    /// <summary>Gets the number of files whose document got a new version.</summary>
    public int Updated { get; init; }

    /// <summary>Gets the number of files skipped as unchanged.</summary>
    public int Unchanged { get; init; }

    /// <summary>Gets the number of files whose content was already a document.</summary>
    public int Duplicate { get; init; }

    /// <summary>Gets the number of files that failed (each one is in <see cref="Failures"/>).</summary>
    public int Failed { get; init; }

    /// <summary>Gets the number of files skipped because they failed before and have not changed.</summary>
    public int SkippedPreviouslyFailed { get; init; }

    /// <summary>Gets the number of paths marked removed.</summary>
    public int Removed { get; init; }

    /// <summary>Gets the number of files the run looked at.</summary>
    public int Files { get; init; }

    /// <summary>Gets the pages of the documents processed.</summary>
    public long Pages { get; init; }

    /// <summary>Gets the segments written (added and updated documents).</summary>
    public long Segments { get; init; }

    /// <summary>Gets how long the run took.</summary>
    public TimeSpan Elapsed { get; init; }

    /// <summary>Gets a value indicating whether the run was cancelled (what was written before is consistent and committed).</summary>
    public bool Cancelled { get; init; }

    /// <summary>
    /// Gets a value indicating whether every written document reached the index. <see langword="false"/> after an index
    /// error: the catalog holds the documents and the next run's repair indexes them.
    /// </summary>
    public bool IndexUpToDate { get; init; } = true;

    /// <summary>Gets the number of documents the start-up repair re-indexed or deleted from the index.</summary>
    public int Repaired { get; init; }

    /// <summary>Gets the files that failed.</summary>
    public IReadOnlyList<IngestFailure> Failures { get; init; } = [];

    /// <summary>Gets problems that are not file failures (unreadable folders, missing paths, index errors), in order.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>Converts to the counts the catalog records for the run.</summary>
    /// <returns>The counts.</returns>
    public IngestCounts ToCounts() => new()
    {
        Added = Added,
        Updated = Updated,
        Unchanged = Unchanged,
        Duplicate = Duplicate,
        Failed = Failed,
        Removed = Removed,
    };
}
