using TranscriptMiner.Core.Catalog;
using TranscriptMiner.Core.Processing;

namespace TranscriptMiner.Core.Pipeline;

/// <summary>Runs after the pipeline's writer stored a document (for example to propose codes); called on the writer, one document at a time.</summary>
/// <remarks>An exception from a hook is logged and reported as a warning; it never stops the run or undoes the write.</remarks>
public interface IDocumentWrittenHook
{
    /// <summary>Called once per written file, after the catalog transaction and the index update (the index commit may come later).</summary>
    /// <param name="write">What the catalog did (outcome, ids, segments).</param>
    /// <param name="document">The processed document.</param>
    /// <param name="cancellationToken">The run's token.</param>
    /// <returns>A task that completes when the hook is done.</returns>
    ValueTask OnDocumentWrittenAsync(DocumentWrite write, ProcessedDocument document, CancellationToken cancellationToken);
}
