namespace TranscriptMiner.Abstractions;

/// <summary>What a document says about itself in its own metadata (PDF info dictionary, DOCX core properties, HTML head).</summary>
public sealed record DocumentProperties
{
    /// <summary>Gets an empty set of properties.</summary>
    public static DocumentProperties Empty { get; } = new();

    /// <summary>Gets the title, if the document declares one.</summary>
    public string? Title { get; init; }

    /// <summary>Gets the author, if the document declares one.</summary>
    public string? Author { get; init; }

    /// <summary>Gets when the document was created, if it says.</summary>
    public DateTimeOffset? Created { get; init; }

    /// <summary>Gets when the document was last modified, if it says.</summary>
    public DateTimeOffset? Modified { get; init; }

    /// <summary>Gets the subject or description, if any.</summary>
    public string? Subject { get; init; }

    /// <summary>Gets the language, such as <c>en-GB</c>, if declared.</summary>
    public string? Language { get; init; }

    /// <summary>Gets the number of pages for paged formats; 0 otherwise.</summary>
    public int PageCount { get; init; }
}
