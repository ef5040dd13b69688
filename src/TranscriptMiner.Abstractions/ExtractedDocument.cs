namespace TranscriptMiner.Abstractions;

/// <summary>What an extractor produces: the document's blocks in reading order, its properties and any warnings.</summary>
public sealed class ExtractedDocument
{
    /// <summary>Initializes a new document.</summary>
    /// <param name="blocks">The blocks in reading order.</param>
    /// <param name="properties">The document's own metadata.</param>
    /// <param name="warnings">What the extractor noticed without failing.</param>
    public ExtractedDocument(
        IReadOnlyList<ExtractedBlock> blocks,
        DocumentProperties? properties = null,
        IReadOnlyList<ExtractionWarning>? warnings = null)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        Blocks = blocks;
        Properties = properties ?? DocumentProperties.Empty;
        Warnings = warnings ?? [];
    }

    /// <summary>Gets the blocks in reading order.</summary>
    public IReadOnlyList<ExtractedBlock> Blocks { get; }

    /// <summary>Gets the document's own metadata.</summary>
    public DocumentProperties Properties { get; }

    /// <summary>Gets what the extractor noticed without failing.</summary>
    public IReadOnlyList<ExtractionWarning> Warnings { get; }
}
