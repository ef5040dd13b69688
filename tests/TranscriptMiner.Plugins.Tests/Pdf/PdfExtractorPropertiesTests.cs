using TranscriptMiner.Abstractions;
using TranscriptMiner.Plugins.Pdf;

namespace TranscriptMiner.Plugins.Tests.Pdf;

public sealed class PdfExtractorPropertiesTests
{
    [Fact]
    public void Extractor_DeclaresPdf()
    {
        var extractor = new PdfExtractor();

        Assert.Equal("pdf", extractor.Name);
        Assert.Equal([MediaTypeNames.Pdf], extractor.MediaTypes);
        Assert.Equal([".pdf"], extractor.Extensions);
    }

    [Fact]
    public async Task ExtractAsync_InformationDictionary_GivesTitleAuthorCreatedAndPageCount()
    {
        var document = await TestPdf.ExtractAsync(pdf => pdf
            .Information("Governing Body minutes, March 2024", "Corporate Office", "D:20240314093000Z")
            .NewPage().Text("Minutes of the meeting.", TestPdf.Left, TestPdf.Top));

        Assert.Equal("Governing Body minutes, March 2024", document.Properties.Title);
        Assert.Equal("Corporate Office", document.Properties.Author);
        Assert.Equal(new DateTimeOffset(2024, 3, 14, 9, 30, 0, TimeSpan.Zero), document.Properties.Created);
        Assert.Equal(1, document.Properties.PageCount);
    }
}
