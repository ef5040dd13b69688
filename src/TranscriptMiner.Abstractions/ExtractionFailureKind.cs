namespace TranscriptMiner.Abstractions;

/// <summary>Why a document could not be extracted.</summary>
public enum ExtractionFailureKind
{
    /// <summary>No extractor reads this kind of content.</summary>
    Unsupported,

    /// <summary>The document is encrypted and cannot be opened with an empty password.</summary>
    Encrypted,

    /// <summary>The content is damaged or is not what its name or magic bytes claim.</summary>
    Corrupt,

    /// <summary>The document has no text layer (a scan); it needs OCR.</summary>
    NoTextLayer,

    /// <summary>The document exceeds a configured limit (file size, decompressed size, nesting depth).</summary>
    TooLarge,

    /// <summary>Extraction did not finish within the configured time.</summary>
    TimedOut,

    /// <summary>The file could not be read (permissions, removed while reading).</summary>
    Unreadable,
}
