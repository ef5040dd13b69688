namespace TranscriptMiner.Abstractions;

/// <summary>What the host hands an extractor: the content and what detection found out about it.</summary>
/// <remarks>The stream is readable and seekable and stays owned by the host: extractors must not dispose it.</remarks>
public sealed class ExtractionRequest
{
    /// <summary>Initializes a new request.</summary>
    /// <param name="content">The document's bytes; readable and seekable, positioned at the start.</param>
    /// <param name="fileName">The file's name (no folder), used for messages and as a fallback title.</param>
    /// <param name="mediaType">The media type detection settled on, such as <c>application/pdf</c>.</param>
    /// <param name="limits">The limits the extractor must respect.</param>
    public ExtractionRequest(Stream content, string fileName, string mediaType, ExtractionLimits limits)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(mediaType);
        ArgumentNullException.ThrowIfNull(limits);
        Content = content;
        FileName = fileName;
        MediaType = mediaType;
        Limits = limits;
    }

    /// <summary>Gets the document's bytes. Not owned by the extractor.</summary>
    public Stream Content { get; }

    /// <summary>Gets the file's name without its folder.</summary>
    public string FileName { get; }

    /// <summary>Gets the media type detection settled on.</summary>
    public string MediaType { get; }

    /// <summary>Gets the limits the extractor must respect.</summary>
    public ExtractionLimits Limits { get; }
}
