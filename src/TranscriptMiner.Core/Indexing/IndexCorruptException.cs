namespace TranscriptMiner.Core.Indexing;

/// <summary>The segment index cannot be read or failed its integrity check; rebuild it from the catalog.</summary>
public sealed class IndexCorruptException : Exception
{
    /// <summary>Initializes a new exception.</summary>
    /// <param name="directoryPath">The index directory.</param>
    /// <param name="reason">What is wrong.</param>
    /// <param name="innerException">The underlying Lucene error, if any.</param>
    public IndexCorruptException(string directoryPath, string reason, Exception? innerException = null)
        : base($"The search index at {directoryPath} is corrupt or unreadable ({reason}); rebuild it from the catalog.", innerException)
    {
        DirectoryPath = directoryPath;
        Reason = reason;
    }

    /// <summary>Gets the index directory.</summary>
    public string DirectoryPath { get; }

    /// <summary>Gets what is wrong.</summary>
    public string Reason { get; }
}
