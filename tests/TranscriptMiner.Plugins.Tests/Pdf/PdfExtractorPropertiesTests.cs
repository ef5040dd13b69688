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

    [Fact]
    public async Task ExtractAsync_LeavesTheHostsStreamOpen()
    {
        using var pdf = new TestPdf();
        var bytes = pdf.NewPage().Text("Minutes of the meeting.", TestPdf.Left, TestPdf.Top).Build();
        using var stream = new MemoryStream(bytes, writable: false);

        await new PdfExtractor().ExtractAsync(new ExtractionRequest(stream, "a.pdf", MediaTypeNames.Pdf, ExtractionLimits.Default), CancellationToken.None);

        Assert.True(stream.CanRead);
        stream.Position = 0;
        Assert.Equal((byte)'%', (byte)stream.ReadByte());
    }

    [Fact]
    public async Task ExtractAsync_CalledConcurrently_GivesTheSameResultEachTime()
    {
        using var pdf = new TestPdf();
        foreach (var topic in new[] { "finance", "quality", "workforce", "estates" })
        {
            pdf.NewPage()
                .Text($"Report on {topic}", TestPdf.Left, TestPdf.Top, 14, isBold: true)
                .Lines(TestPdf.Left, 750, 10, false, $"The {topic} paragraph covers the community services", $"contract and its {topic} indicators.");
        }

        var bytes = pdf.Build();
        var extractor = new PdfExtractor();

        var documents = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(async () =>
        {
            using var stream = new MemoryStream(bytes, writable: false);
            return await extractor.ExtractAsync(new ExtractionRequest(stream, "a.pdf", MediaTypeNames.Pdf, ExtractionLimits.Default), CancellationToken.None);
        })));

        var expected = documents[0].Blocks.Select(block => (block.Kind, block.Text, block.Page)).ToList();
        Assert.Equal(11, expected.Count);
        Assert.All(documents, document => Assert.Equal(expected, document.Blocks.Select(block => (block.Kind, block.Text, block.Page))));
    }
}
