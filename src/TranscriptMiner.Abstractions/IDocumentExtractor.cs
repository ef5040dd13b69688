namespace TranscriptMiner.Abstractions;

/// <summary>
/// Turns the bytes of one document format into an <see cref="ExtractedDocument"/>: ordered blocks
/// with page numbers and style hints, plus document properties.
/// </summary>
/// <remarks>
/// <para>Implementations live in plugin assemblies and must have a public parameterless constructor.
/// The host creates one instance per plugin and may call <see cref="ExtractAsync"/> concurrently
/// from several threads, so implementations must be thread-safe (stateless is simplest).</para>
/// <para>Extractors never segment text and never touch storage: they only report what the
/// document says, in reading order.</para>
/// <para>Failures are reported by throwing <see cref="ExtractionException"/> with a
/// <see cref="ExtractionFailureKind"/>; any other exception is treated by the host as
/// <see cref="ExtractionFailureKind.Corrupt"/>. Implementations should observe the cancellation
/// token; the host also enforces its own timeout.</para>
/// </remarks>
public interface IDocumentExtractor
{
    /// <summary>Gets a short, stable name for the extractor, such as <c>pdf</c> or <c>captions</c>.</summary>
    string Name { get; }

    /// <summary>Gets the media types this extractor reads, such as <c>application/pdf</c>.</summary>
    IReadOnlyList<string> MediaTypes { get; }

    /// <summary>Gets the file extensions this extractor reads, lower case with the leading dot, such as <c>.pdf</c>.</summary>
    IReadOnlyList<string> Extensions { get; }

    /// <summary>Extracts the document held in <see cref="ExtractionRequest.Content"/>.</summary>
    /// <param name="request">The content and what is known about it. The stream is not owned by the extractor.</param>
    /// <param name="cancellationToken">Signalled when the host gives up on this document (timeout or shutdown).</param>
    /// <returns>The extracted document.</returns>
    /// <exception cref="ExtractionException">The content cannot be extracted; the kind says why.</exception>
    Task<ExtractedDocument> ExtractAsync(ExtractionRequest request, CancellationToken cancellationToken);
}
