using TranscriptMiner.Abstractions;
using TranscriptMiner.Core.Model;
using TranscriptMiner.Core.Segmentation;

namespace TranscriptMiner.Core.Tests.Segmentation;

public sealed class SectionSegmentationTests
{
    private static SegmentedDocument Segment(ExtractedDocument document, DocumentKind kind = DocumentKind.BoardPaper) =>
        new DocumentSegmenter(new SegmentationOptions { MaxWords = 400, MinWords = 3 }).Segment(document, kind);

    [Fact]
    public void Segment_BoardPaper_SectionsCarryHeadingPaths()
    {
        var result = Segment(SampleDocuments.BoardPaper());

        var summary = result.Segments.Select(s => (s.Kind, string.Join(" > ", s.HeadingPath))).ToArray();
        Assert.Equal(
            [
                (SegmentKind.Preamble, string.Empty),
                (SegmentKind.Section, "Finance Report Month 6"),
                (SegmentKind.Section, "Finance Report Month 6 > Summary"),
                (SegmentKind.Section, "Finance Report Month 6 > Summary > Prescribing"),
                (SegmentKind.Table, "Finance Report Month 6 > Summary > Prescribing"),
                (SegmentKind.Section, "Finance Report Month 6 > Recommendation"),
                (SegmentKind.Section, "Notes"),
            ],
            summary);
    }

    [Fact]
    public void Segment_BoardPaper_SectionIncludesItsHeadingAndPages()
    {
        var result = Segment(SampleDocuments.BoardPaper());

        var prescribing = result.Segments[3];
        Assert.StartsWith("Prescribing\n\nPrescribing costs", prescribing.Text, StringComparison.Ordinal);
        Assert.Equal(2, prescribing.PageStart);
        var table = result.Segments[4];
        Assert.Equal("Area | Plan | Actual\n\nPrescribing | £10.0m | £10.4m", table.Text);
    }

    [Fact]
    public void Segment_Footnotes_ComeAfterTheBody()
    {
        var result = Segment(SampleDocuments.BoardPaper());

        Assert.EndsWith("\n\nSource: month six ledger.", result.PlainText, StringComparison.Ordinal);
        Assert.Equal(["Notes"], result.Segments[^1].HeadingPath);
    }

    [Fact]
    public void Segment_NoHeadings_GroupsParagraphsUpToMaxWords()
    {
        var blocks = Enumerable.Range(0, 10).Select(_ => ExtractedBlock.Paragraph(SampleDocuments.Sentences(2))).ToArray();

        var result = new DocumentSegmenter(new SegmentationOptions { MaxWords = 50, MinWords = 5 }).Segment(new ExtractedDocument(blocks), DocumentKind.Other);

        Assert.Equal(5, result.Segments.Count);
        Assert.All(result.Segments, s => Assert.Equal(SegmentKind.Paragraph, s.Kind));
        Assert.All(result.Segments, s => Assert.True(s.Text.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Length <= 50));
    }

    [Fact]
    public void Segment_NoHeadingBlocksButNumberedShortLines_UsesThemAsHeadings()
    {
        var result = Segment(new ExtractedDocument(
        [
            ExtractedBlock.Paragraph("Finance report to the Governing Body, produced by the finance team for month six."),
            ExtractedBlock.Paragraph("1. Introduction"),
            ExtractedBlock.Paragraph("This paper sets out the position at month six of the financial year for the committee."),
            ExtractedBlock.Paragraph("1.1 Background"),
            ExtractedBlock.Paragraph("The plan was agreed in March with a small surplus that has since been eroded by prescribing."),
            ExtractedBlock.Paragraph("Key risks") with { Style = new StyleHints { Bold = true } },
            ExtractedBlock.Paragraph("Prescribing and continuing healthcare are the main risks to delivery of the plan this year."),
        ]));

        Assert.Equal(
            [string.Empty, "1. Introduction", "1. Introduction > 1.1 Background", "Key risks"],
            result.Segments.Select(s => string.Join(" > ", s.HeadingPath)));
        Assert.Equal(SegmentKind.Preamble, result.Segments[0].Kind);
    }
}
