namespace TranscriptMiner.Abstractions;

/// <summary>Resource limits an extractor must respect while reading one document.</summary>
/// <remarks>
/// The host fills these from configuration. An extractor that would exceed a limit throws
/// <see cref="ExtractionException"/> with <see cref="ExtractionFailureKind.TooLarge"/> rather than
/// trying: a zip bomb is refused before it is inflated, a 100,000-deep XML tree before it is walked.
/// </remarks>
public sealed class ExtractionLimits
{
    /// <summary>Gets the default limits.</summary>
    public static ExtractionLimits Default { get; } = new();

    /// <summary>Gets the most bytes a compressed container (DOCX parts, PDF streams) may inflate to, in total.</summary>
    public long MaxDecompressedBytes { get; init; } = 512L * 1024 * 1024;

    /// <summary>Gets the deepest element nesting accepted in XML or HTML content.</summary>
    public int MaxNestingDepth { get; init; } = 256;

    /// <summary>Gets the most blocks one document may produce.</summary>
    public int MaxBlocks { get; init; } = 1_000_000;

    /// <summary>Gets the most pages of a paged document that are read.</summary>
    public int MaxPages { get; init; } = 20_000;
}
