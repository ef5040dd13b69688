using TranscriptMiner.Abstractions;

namespace TranscriptMiner.Plugins.Tests.Pdf;

public sealed class PdfExtractorFailureTests
{
    private static byte[] ValidPdf(int pages = 2)
    {
        using var pdf = new TestPdf();
        for (var page = 1; page <= pages; page++)
        {
            pdf.NewPage().Lines(TestPdf.Left, TestPdf.Top, 10, false, $"Page {page} discusses the cancer waiting times", "and the elective recovery plan in detail.");
        }

        return pdf.Build();
    }

    [Fact]
    public async Task ExtractAsync_TruncatedPdf_GivesLenientResultOrCorrupt()
    {
        var valid = ValidPdf(3);
        var truncated = valid[..(valid.Length / 2)];

        try
        {
            var document = await TestPdf.ExtractAsync(truncated);
            Assert.NotNull(document.Blocks);
        }
        catch (ExtractionException exception)
        {
            Assert.True(exception.Kind is ExtractionFailureKind.Corrupt or ExtractionFailureKind.NoTextLayer, exception.Kind.ToString());
            Assert.False(string.IsNullOrWhiteSpace(exception.Message));
        }
    }

    [Fact]
    public async Task ExtractAsync_RandomBytes_ThrowsCorrupt()
    {
        var garbage = new byte[4096];
        new Random(42).NextBytes(garbage);

        var exception = await Assert.ThrowsAsync<ExtractionException>(() => TestPdf.ExtractAsync(garbage));

        Assert.Equal(ExtractionFailureKind.Corrupt, exception.Kind);
    }

    [Fact]
    public async Task ExtractAsync_PdfHeaderFollowedByGarbage_ThrowsCorrupt()
    {
        var garbage = new byte[2048];
        new Random(7).NextBytes(garbage);
        var bytes = "%PDF-1.7\n"u8.ToArray().Concat(garbage).ToArray();

        var exception = await Assert.ThrowsAsync<ExtractionException>(() => TestPdf.ExtractAsync(bytes));

        Assert.Equal(ExtractionFailureKind.Corrupt, exception.Kind);
    }

    [Fact]
    public async Task ExtractAsync_EmptyStream_ThrowsCorrupt()
    {
        var exception = await Assert.ThrowsAsync<ExtractionException>(() => TestPdf.ExtractAsync([]));

        Assert.Equal(ExtractionFailureKind.Corrupt, exception.Kind);
    }

    [Fact]
    public async Task ExtractAsync_EncryptedWithUnknownPassword_ThrowsEncrypted()
    {
        var exception = await Assert.ThrowsAsync<ExtractionException>(() => TestPdf.ExtractAsync(HandmadePdf.EncryptedWithUnknownPassword()));

        Assert.Equal(ExtractionFailureKind.Encrypted, exception.Kind);
        Assert.Equal("the PDF is encrypted and needs a password", exception.Message);
    }

    [Fact]
    public async Task ExtractAsync_OnlyADrawnRectangle_ThrowsNoTextLayer()
    {
        using var pdf = new TestPdf();
        var bytes = pdf.NewPage().Rectangle(100, 100, 300, 400).Build();

        var exception = await Assert.ThrowsAsync<ExtractionException>(() => TestPdf.ExtractAsync(bytes));

        Assert.Equal(ExtractionFailureKind.NoTextLayer, exception.Kind);
    }

    [Fact]
    public async Task ExtractAsync_OnlyBlankPages_ThrowsCorruptRatherThanNoTextLayer()
    {
        using var pdf = new TestPdf();
        var bytes = pdf.NewPage().NewPage().Build();

        var exception = await Assert.ThrowsAsync<ExtractionException>(() => TestPdf.ExtractAsync(bytes));

        Assert.Equal(ExtractionFailureKind.Corrupt, exception.Kind);
    }

    [Fact]
    public async Task ExtractAsync_OnePageWithoutText_WarnsForThatPageAndKeepsTheOthers()
    {
        var document = await TestPdf.ExtractAsync(pdf => pdf
            .NewPage().Lines(TestPdf.Left, TestPdf.Top, 10, false, "The committee noted the report.")
            .NewPage().Rectangle(100, 100, 300, 400));

        var warning = Assert.Single(document.Warnings);
        Assert.Equal(("no-text-layer", 2), (warning.Code, warning.Page));
        Assert.Equal("The committee noted the report.", document.Blocks[0].Text);
        Assert.Equal(BlockKind.PageBreak, document.Blocks[^1].Kind);
    }

    [Fact]
    public async Task ExtractAsync_MorePagesThanTheLimit_ThrowsTooLarge()
    {
        var limits = new ExtractionLimits { MaxPages = 1 };

        var exception = await Assert.ThrowsAsync<ExtractionException>(() => TestPdf.ExtractAsync(ValidPdf(2), limits));

        Assert.Equal(ExtractionFailureKind.TooLarge, exception.Kind);
    }

    [Fact]
    public async Task ExtractAsync_CancelledToken_IsCancelled()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => TestPdf.ExtractAsync(ValidPdf(), cancellationToken: cancellation.Token));
    }
}
