using System.Text;
using TranscriptMiner.Abstractions;
using TranscriptMiner.Plugins.Text;

namespace TranscriptMiner.Plugins.Tests.Captions;

/// <summary>Runs the caption extractor over text built in the test.</summary>
internal static class CaptionExtraction
{
    public static Task<ExtractedDocument> RunAsync(string text, string fileName = "meeting.vtt", string mediaType = MediaTypeNames.WebVtt)
    {
        var request = new ExtractionRequest(new MemoryStream(Encoding.UTF8.GetBytes(text)), fileName, mediaType, ExtractionLimits.Default);
        return new CaptionExtractor().ExtractAsync(request, CancellationToken.None);
    }

    public static TimeSpan At(int minutes, int seconds, int milliseconds = 0) => new(0, 0, minutes, seconds, milliseconds);
}
