namespace TranscriptMiner.Core.Catalog;

/// <summary>What writing a document did to the catalog.</summary>
public enum WriteOutcome
{
    /// <summary>New content: a new document (or a removed one brought back) with a new version and segments.</summary>
    Added,

    /// <summary>The path's content changed: its document got a new version whose segments replace the old ones.</summary>
    Updated,

    /// <summary>The path already held this content; only its stamp was refreshed.</summary>
    Unchanged,

    /// <summary>The content is already a live document reached by another path; this path became one more location.</summary>
    Duplicate,
}
