namespace TranscriptMiner.Core.Catalog;

/// <summary>What an ingest run did, file by file.</summary>
public sealed record IngestCounts
{
    /// <summary>Gets the number of files that became new documents.</summary>
    public int Added { get; init; }

    /// <summary>Gets the number of files whose document got a new version.</summary>
    public int Updated { get; init; }

    /// <summary>Gets the number of files skipped as unchanged.</summary>
    public int Unchanged { get; init; }

    /// <summary>Gets the number of files whose content was already a document.</summary>
    public int Duplicate { get; init; }

    /// <summary>Gets the number of files that failed.</summary>
    public int Failed { get; init; }

    /// <summary>Gets the number of files found removed.</summary>
    public int Removed { get; init; }
}
