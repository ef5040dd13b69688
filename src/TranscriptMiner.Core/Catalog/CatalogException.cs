namespace TranscriptMiner.Core.Catalog;

/// <summary>The catalog could not be opened, migrated, read or written; nothing of the failed write was kept.</summary>
public sealed class CatalogException : Exception
{
    /// <summary>Initializes a new exception.</summary>
    /// <param name="message">What went wrong, naming the catalog file.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    public CatalogException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
