namespace TranscriptMiner.Abstractions;

/// <summary>A typed extraction failure: the kind says why, the message says what, in words a researcher can act on.</summary>
public sealed class ExtractionException : Exception
{
    /// <summary>Initializes a new exception.</summary>
    /// <param name="kind">Why extraction failed.</param>
    /// <param name="message">What went wrong, without the file name (the host adds it).</param>
    /// <param name="innerException">The underlying error, if any.</param>
    public ExtractionException(ExtractionFailureKind kind, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Kind = kind;
    }

    /// <summary>Initializes a new exception of kind <see cref="ExtractionFailureKind.Corrupt"/>.</summary>
    public ExtractionException()
        : this(ExtractionFailureKind.Corrupt, "The document could not be extracted.")
    {
    }

    /// <summary>Initializes a new exception of kind <see cref="ExtractionFailureKind.Corrupt"/>.</summary>
    /// <param name="message">What went wrong.</param>
    public ExtractionException(string message)
        : this(ExtractionFailureKind.Corrupt, message)
    {
    }

    /// <summary>Initializes a new exception of kind <see cref="ExtractionFailureKind.Corrupt"/>.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The underlying error.</param>
    public ExtractionException(string message, Exception innerException)
        : this(ExtractionFailureKind.Corrupt, message, innerException)
    {
    }

    /// <summary>Gets why extraction failed.</summary>
    public ExtractionFailureKind Kind { get; }
}
