namespace TranscriptMiner.Core.Catalog;

/// <summary>An ingest run as recorded in the catalog.</summary>
/// <param name="Id">The run's id.</param>
/// <param name="StartedAt">When it started.</param>
/// <param name="FinishedAt">When it finished; <see langword="null"/> while running or if it was interrupted.</param>
/// <param name="Counts">What it did (zero until finished).</param>
public sealed record IngestRun(long Id, DateTimeOffset StartedAt, DateTimeOffset? FinishedAt, IngestCounts Counts);
