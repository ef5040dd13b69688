using System.Text;
using TranscriptMiner.Abstractions;
using TranscriptMiner.Plugins.Text;

namespace TranscriptMiner.Plugins.Tests.Text;

/// <summary>Runs the plain-text extractor over bytes or a string built in the test.</summary>
internal static class TextExtraction
{
    public static Task<ExtractedDocument> RunAsync(byte[] bytes, string fileName = "notes.txt", ExtractionLimits? limits = null)
    {
        var mediaType = fileName.EndsWith(".md", StringComparison.Ordinal) ? MediaTypeNames.Markdown : MediaTypeNames.PlainText;
        var request = new ExtractionRequest(new MemoryStream(bytes), fileName, mediaType, limits ?? ExtractionLimits.Default);
        return new PlainTextExtractor().ExtractAsync(request, CancellationToken.None);
    }

    public static Task<ExtractedDocument> RunAsync(string text, string fileName = "notes.txt") =>
        RunAsync(Encoding.UTF8.GetBytes(text), fileName);
}
