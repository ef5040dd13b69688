using System.Text;
using TranscriptMiner.Abstractions;
using TranscriptMiner.Plugins.Html;

namespace TranscriptMiner.Plugins.Tests.Html;

/// <summary>Runs the HTML extractor over markup built in the test.</summary>
internal static class HtmlExtraction
{
    public static Task<ExtractedDocument> RunAsync(string html, ExtractionLimits? limits = null) =>
        RunAsync(Encoding.UTF8.GetBytes(html), limits);

    public static Task<ExtractedDocument> RunAsync(byte[] bytes, ExtractionLimits? limits = null)
    {
        var request = new ExtractionRequest(new MemoryStream(bytes), "page.html", MediaTypeNames.Html, limits ?? ExtractionLimits.Default);
        return new HtmlExtractor().ExtractAsync(request, CancellationToken.None);
    }
}
