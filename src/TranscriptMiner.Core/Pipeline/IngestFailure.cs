namespace TranscriptMiner.Core.Pipeline;

/// <summary>A file an ingest run could not ingest.</summary>
/// <param name="Path">The full path.</param>
/// <param name="Kind">The kind of failure, kebab-case (<c>corrupt</c>, <c>too-large</c>, <c>timed-out</c>, <c>unreadable</c>, ...).</param>
/// <param name="Reason">What went wrong.</param>
public sealed record IngestFailure(string Path, string Kind, string Reason);
