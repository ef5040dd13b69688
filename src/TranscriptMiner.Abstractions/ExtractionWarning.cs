namespace TranscriptMiner.Abstractions;

/// <summary>Something the extractor noticed that did not stop extraction, such as a page with no text layer.</summary>
/// <param name="Code">A stable, machine-readable code such as <c>no-text-layer</c>, <c>repaired</c> or <c>skipped-cue</c>.</param>
/// <param name="Message">A sentence a researcher can read.</param>
/// <param name="Page">The 1-based page concerned, or 0 when not page-specific.</param>
public sealed record ExtractionWarning(string Code, string Message, int Page = 0);
