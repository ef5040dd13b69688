using TranscriptMiner.Core.Extraction;

namespace TranscriptMiner.Core.Processing;

/// <summary>Turns one file into a <see cref="ProcessedDocument"/>: what the ingest pipeline needs from processing.</summary>
public interface IDocumentProcessor
{
    /// <summary>Processes one file.</summary>
    /// <param name="path">The file to read.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <returns>The processed document.</returns>
    /// <exception cref="DocumentFailedException">The file could not be processed; the exception says why.</exception>
    Task<ProcessedDocument> ProcessAsync(string path, CancellationToken cancellationToken);
}
