using TranscriptMiner.Core.Model;

namespace TranscriptMiner.Core.Catalog;

/// <summary>A summary of the catalog for <c>transcriptminer status</c>.</summary>
public sealed record CatalogStatus
{
    /// <summary>Gets the number of live documents of each kind (kinds with none are left out).</summary>
    public required IReadOnlyDictionary<DocumentKind, int> LiveDocumentsByKind { get; init; }

    /// <summary>Gets the number of live documents.</summary>
    public required int LiveDocuments { get; init; }

    /// <summary>Gets the number of removed documents kept in the catalog.</summary>
    public required int RemovedDocuments { get; init; }

    /// <summary>Gets the number of live locations (files).</summary>
    public required int LiveLocations { get; init; }

    /// <summary>Gets the number of segments of live documents' current versions.</summary>
    public required long LiveSegments { get; init; }

    /// <summary>Gets the number of recorded failures.</summary>
    public required int Failures { get; init; }

    /// <summary>Gets the number of documents waiting for the index (to add or to delete).</summary>
    public required int PendingIndex { get; init; }

    /// <summary>Gets the most recent ingest run, if any.</summary>
    public IngestRun? LastIngest { get; init; }
}
