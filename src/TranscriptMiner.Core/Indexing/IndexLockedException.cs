namespace TranscriptMiner.Core.Indexing;

/// <summary>Another writer (in this or another process) holds the index's write lock.</summary>
public sealed class IndexLockedException : Exception
{
    /// <summary>Initializes a new exception.</summary>
    /// <param name="directoryPath">The index directory.</param>
    /// <param name="innerException">The underlying Lucene lock error.</param>
    public IndexLockedException(string directoryPath, Exception? innerException = null)
        : base($"The search index at {directoryPath} is in use by another writer (write.lock is held); close the other transcriptminer process first.", innerException)
    {
        DirectoryPath = directoryPath;
    }

    /// <summary>Gets the index directory.</summary>
    public string DirectoryPath { get; }
}
