using TranscriptMiner.Core.Extraction;

namespace TranscriptMiner.Core.Catalog;

/// <summary>A file that could not be ingested, as recorded in the catalog (one record per path).</summary>
public sealed record FailureRecord
{
    /// <summary>Gets the full path.</summary>
    public required string Path { get; init; }

    /// <summary>Gets the content hash, if the file was read far enough to hash it.</summary>
    public string? ContentHash { get; init; }

    /// <summary>Gets the file's size and mtime when it failed, if known.</summary>
    public FileStamp? Stamp { get; init; }

    /// <summary>Gets the kind of failure, kebab-case as <see cref="DocumentFailedException.FormatKind"/> writes it (or <c>error</c>).</summary>
    public required string Kind { get; init; }

    /// <summary>Gets what went wrong.</summary>
    public required string Message { get; init; }

    /// <summary>Gets the plugin that was reading the file, if any.</summary>
    public string? PluginId { get; init; }

    /// <summary>Gets when it last failed (set by the catalog).</summary>
    public DateTimeOffset FailedAt { get; init; }

    /// <summary>Gets how many times it failed (set by the catalog).</summary>
    public int Attempts { get; init; }

    /// <summary>Builds a record from a document failure.</summary>
    /// <param name="failure">The failure.</param>
    /// <param name="stamp">The file's stamp, if known.</param>
    /// <param name="contentHash">The content hash, if known.</param>
    /// <returns>The record to pass to <see cref="CatalogStore.RecordFailure"/>.</returns>
    public static FailureRecord From(DocumentFailedException failure, FileStamp? stamp, string? contentHash = null)
    {
        ArgumentNullException.ThrowIfNull(failure);
        return new FailureRecord
        {
            Path = failure.Path,
            ContentHash = contentHash,
            Stamp = stamp,
            Kind = DocumentFailedException.FormatKind(failure.Kind),
            Message = failure.Reason,
            PluginId = failure.PluginId,
        };
    }

    /// <summary>Tells whether a file should be retried: its stamp (or, when both are known, its hash) differs from the failed one.</summary>
    /// <param name="current">The file's stamp now.</param>
    /// <param name="currentHash">The file's hash now, if computed.</param>
    /// <returns><see langword="true"/> when the file changed since it failed.</returns>
    public bool HasChanged(FileStamp current, string? currentHash = null)
    {
        if (currentHash is not null && ContentHash is not null)
        {
            return !string.Equals(currentHash, ContentHash, StringComparison.OrdinalIgnoreCase);
        }

        return !current.SameAs(Stamp);
    }
}
