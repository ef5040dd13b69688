using TranscriptMiner.Abstractions;

namespace TranscriptMiner.Plugins.Text;

/// <summary>
/// Extracts plain text and Markdown: detects the encoding (BOMs, strict UTF-8, UTF-16 without BOM, Windows-1252),
/// then emits paragraphs, and for Markdown also headings, list items and table rows. Transcript-like lines
/// ("Interviewer:", "P12:") are kept as separate paragraphs so speakers can be found from paragraph starts.
/// In plain text, wrapped lines are joined but hard line breaks are kept where a line ends with a colon or is clearly
/// shorter than the document's wrap width (one name or point per line), and column-aligned lines (gaps of several
/// spaces) become table rows.
/// </summary>
/// <remarks>
/// Paragraphs longer than 100,000 characters (such as a whole file on one line) are cut at a space into several
/// paragraph blocks. Empty or whitespace-only files fail with <see cref="ExtractionFailureKind.Corrupt"/>,
/// binary files with <see cref="ExtractionFailureKind.Unsupported"/>.
/// </remarks>
public sealed class PlainTextExtractor : IDocumentExtractor
{
    /// <inheritdoc />
    public string Name => "text";

    /// <inheritdoc />
    public IReadOnlyList<string> MediaTypes { get; } = [MediaTypeNames.PlainText, MediaTypeNames.Markdown];

    /// <inheritdoc />
    public IReadOnlyList<string> Extensions { get; } = [".txt", ".md", ".markdown"];

    /// <inheritdoc />
    public async Task<ExtractedDocument> ExtractAsync(ExtractionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var text = await TextDecoder.ReadAsync(request.Content, cancellationToken).ConfigureAwait(false);
        var sink = new BlockCollector(request.Limits, cancellationToken);
        new TextBlockReader(sink, IsMarkdown(request), cancellationToken).Read(text);
        if (sink.Count == 0)
        {
            throw new ExtractionException(ExtractionFailureKind.Corrupt, "the file is empty");
        }

        var title = sink.Blocks.FirstOrDefault(b => b.Kind == BlockKind.Heading && b.HeadingLevel == 1)?.Text;
        return new ExtractedDocument(sink.Blocks, new DocumentProperties { Title = title });
    }

    private static bool IsMarkdown(ExtractionRequest request) =>
        string.Equals(request.MediaType, MediaTypeNames.Markdown, StringComparison.OrdinalIgnoreCase)
        || request.FileName.EndsWith(".md", StringComparison.OrdinalIgnoreCase)
        || request.FileName.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase);
}
