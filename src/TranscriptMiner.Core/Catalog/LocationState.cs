namespace TranscriptMiner.Core.Catalog;

/// <summary>What the catalog knows about a path: the document it holds, the stamp and hash it had when last read.</summary>
/// <param name="Path">The full path.</param>
/// <param name="DocumentId">The document the path holds (or held, when removed).</param>
/// <param name="ContentHash">The SHA-256 hash (lower-case hex) of the content last read.</param>
/// <param name="Stamp">The size and last-write time last read.</param>
/// <param name="IsLive"><see langword="true"/> while the file exists; <see langword="false"/> once it was removed.</param>
public sealed record LocationState(string Path, long DocumentId, string ContentHash, FileStamp Stamp, bool IsLive)
{
    /// <summary>Tells whether a file can be skipped without hashing: the location is live and size and mtime agree.</summary>
    /// <param name="current">The file's stamp now.</param>
    /// <returns><see langword="true"/> when unchanged.</returns>
    public bool IsUnchanged(FileStamp current) => IsLive && Stamp.SameAs(current);
}
