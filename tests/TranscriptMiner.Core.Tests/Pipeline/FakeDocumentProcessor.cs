using System.Collections.Concurrent;
using TranscriptMiner.Abstractions;
using TranscriptMiner.Core.Extraction;
using TranscriptMiner.Core.Model;
using TranscriptMiner.Core.Processing;

namespace TranscriptMiner.Core.Tests.Pipeline;

/// <summary>
/// Reads a text file and makes one segment per paragraph (blank-line separated). A file whose text starts with
/// <c>FAIL</c> fails as corrupt; one starting with <c>THROW</c> throws an unexpected exception.
/// </summary>
internal sealed class FakeDocumentProcessor : IDocumentProcessor
{
    public ConcurrentQueue<string> Calls { get; } = new();

    /// <summary>Gets or sets a step run before each file (for example to block one file until cancelled).</summary>
    public Func<string, CancellationToken, Task>? BeforeProcess { get; set; }

    public async Task<ProcessedDocument> ProcessAsync(string path, CancellationToken cancellationToken)
    {
        Calls.Enqueue(Path.GetFileName(path));
        if (BeforeProcess is { } before)
        {
            await before(path, cancellationToken);
        }

        var text = (await File.ReadAllTextAsync(path, cancellationToken)).ReplaceLineEndings("\n").Trim();
        if (text.StartsWith("FAIL", StringComparison.Ordinal))
        {
            throw new DocumentFailedException(path, ExtractionFailureKind.Corrupt, "the file is damaged", "fake");
        }

        if (text.StartsWith("THROW", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("the fake processor broke");
        }

        var segments = new List<Segment>();
        var offset = 0;
        foreach (var paragraph in text.Split("\n\n"))
        {
            var start = text.IndexOf(paragraph, offset, StringComparison.Ordinal);
            segments.Add(new Segment
            {
                Ordinal = segments.Count,
                Kind = SegmentKind.Paragraph,
                Text = paragraph,
                Start = start,
                End = start + paragraph.Length,
            });
            offset = start + paragraph.Length;
        }

        return new ProcessedDocument
        {
            SourcePath = Path.GetFullPath(path),
            MediaType = MediaTypeNames.PlainText,
            PluginId = "fake",
            ExtractorName = "FakeExtractor",
            Length = new FileInfo(path).Length,
            ContentHash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path))),
            Properties = new DocumentProperties { PageCount = 2 },
            Metadata = new DocumentMetadata { Kind = DocumentKind.Minutes, Title = Path.GetFileNameWithoutExtension(path) },
            PlainText = text,
            Segments = segments,
            Warnings = [],
        };
    }
}
