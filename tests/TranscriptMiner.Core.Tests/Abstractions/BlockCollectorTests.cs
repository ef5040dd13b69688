using TranscriptMiner.Abstractions;

namespace TranscriptMiner.Core.Tests.Abstractions;

public sealed class BlockCollectorTests
{
    [Fact]
    public void Add_BeyondMaxBlocks_ThrowsTooLarge()
    {
        var blocks = new BlockCollector(new ExtractionLimits { MaxBlocks = 2 }, CancellationToken.None);
        blocks.Add(ExtractedBlock.Paragraph("one"));
        blocks.Add(ExtractedBlock.Paragraph("two"));

        var failure = Assert.Throws<ExtractionException>(() => blocks.Add(ExtractedBlock.Paragraph("three")));

        Assert.Equal(ExtractionFailureKind.TooLarge, failure.Kind);
        Assert.Equal(["one", "two"], blocks.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void Add_AfterCancellation_Throws()
    {
        using var cancellation = new CancellationTokenSource();
        var blocks = new BlockCollector(ExtractionLimits.Default, cancellation.Token);
        cancellation.Cancel();

        Assert.Throws<OperationCanceledException>(() => blocks.Add(ExtractedBlock.Paragraph("late")));
        Assert.Throws<OperationCanceledException>(blocks.ThrowIfCancellationRequested);
    }

    [Fact]
    public void ReplaceLast_ReplacesOnlyTheMostRecentBlock()
    {
        var blocks = new BlockCollector(ExtractionLimits.Default, CancellationToken.None);
        Assert.Null(blocks.Last);
        Assert.Throws<InvalidOperationException>(() => blocks.ReplaceLast(ExtractedBlock.Paragraph("x")));

        blocks.Add(ExtractedBlock.Paragraph("first"));
        blocks.Add(ExtractedBlock.TableRow(["Action", "Owner"]));
        blocks.ReplaceLast(ExtractedBlock.TableRow(["Action", "Owner"], isHeader: true));

        Assert.Equal(2, blocks.Count);
        Assert.True(blocks.Last!.IsHeaderRow);
        Assert.Equal("first", blocks.Blocks[0].Text);
    }
}
