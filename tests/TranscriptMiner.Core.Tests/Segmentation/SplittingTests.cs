using TranscriptMiner.Abstractions;
using TranscriptMiner.Core.Model;
using TranscriptMiner.Core.Segmentation;

namespace TranscriptMiner.Core.Tests.Segmentation;

public sealed class SplittingTests
{
    private static int Words(string text) => text.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Length;

    [Fact]
    public void Segment_ThousandWordParagraph_SplitsAtSentenceEndsWithSameProvenance()
    {
        var document = new ExtractedDocument(
        [
            ExtractedBlock.Paragraph("Interviewer: " + SampleDocuments.Sentences(100), page: 3) with { },
        ]);

        var result = new DocumentSegmenter(new SegmentationOptions()).Segment(document, DocumentKind.Transcript);

        Assert.Equal(3, result.Segments.Count);
        Assert.All(result.Segments, s =>
        {
            Assert.True(Words(s.Text) <= 400, $"{Words(s.Text)} words");
            Assert.Equal(SegmentKind.SpeakerTurn, s.Kind);
            Assert.Equal("Interviewer", s.Speaker);
            Assert.Equal(3, s.PageStart);
            Assert.Equal(3, s.PageEnd);
        });
        Assert.All(result.Segments.Skip(1), s => Assert.StartsWith("Sentence ", s.Text, StringComparison.Ordinal));
        Assert.All(result.Segments, s => Assert.EndsWith("for this test.", s.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void Segment_Abbreviations_AreNotSentenceEnds()
    {
        var text = "Dr. Smith met Mr. Jones and J. R. Hartley, e.g. About the plan. Then they left.";

        Assert.False(SegmentSplitter.IsSentenceEnd(text, text.IndexOf("Dr. ", StringComparison.Ordinal) + 3));
        Assert.False(SegmentSplitter.IsSentenceEnd(text, text.IndexOf("Mr. ", StringComparison.Ordinal) + 3));
        Assert.False(SegmentSplitter.IsSentenceEnd(text, text.IndexOf("J. ", StringComparison.Ordinal) + 2));
        Assert.False(SegmentSplitter.IsSentenceEnd(text, text.IndexOf("e.g. ", StringComparison.Ordinal) + 4));
        Assert.True(SegmentSplitter.IsSentenceEnd(text, text.IndexOf("plan. ", StringComparison.Ordinal) + 5));
    }

    [Fact]
    public void Segment_TwoMegabyteStringWithoutSpaces_SplitsIntoBoundedParts()
    {
        var blob = new string('x', 2 * 1024 * 1024);
        var document = new ExtractedDocument([ExtractedBlock.Paragraph(blob)]);

        var result = new DocumentSegmenter(new SegmentationOptions()).Segment(document, DocumentKind.Other);

        Assert.True(result.Segments.Count > 100);
        Assert.Equal(blob.Length, result.Segments.Sum(s => s.Text.Length));
        Assert.All(result.Segments, s => Assert.True(s.Text.Length <= 400 * 16 + 1));
        Assert.Equal(result.PlainText.Length, result.Segments[^1].End);
    }

    [Fact]
    public void Segment_LongTextWithoutSentenceEnds_SplitsAtSpaces()
    {
        var text = string.Join(' ', Enumerable.Repeat("word", 1000));

        var result = new DocumentSegmenter(new SegmentationOptions { MaxWords = 300, MinWords = 10 }).Segment(new ExtractedDocument([ExtractedBlock.Paragraph(text)]), DocumentKind.Other);

        Assert.Equal([300, 300, 300, 100], result.Segments.Select(s => Words(s.Text)));
    }

    [Fact]
    public void Segment_SurrogatePairsWithoutSpaces_AreNeverCutInHalf()
    {
        var blob = string.Concat(Enumerable.Repeat("\U0001F600", 10_000));

        var result = new DocumentSegmenter(new SegmentationOptions { MaxWords = 10 }).Segment(new ExtractedDocument([ExtractedBlock.Paragraph(blob)]), DocumentKind.Other);

        Assert.True(result.Segments.Count > 1);
        Assert.All(result.Segments, s => Assert.False(char.IsLowSurrogate(s.Text[0])));
    }

    [Fact]
    public void Segment_ShortFragmentAfterSplit_IsMergedWithPreviousPartOfSameTurn()
    {
        var document = new ExtractedDocument(
        [
            ExtractedBlock.Paragraph("P3: " + SampleDocuments.Sentences(3)),
            ExtractedBlock.Paragraph("Yes."),
            ExtractedBlock.Paragraph("Interviewer: Thanks."),
        ]);

        var result = new DocumentSegmenter(new SegmentationOptions { MaxWords = 400, MinWords = 12 }).Segment(document, DocumentKind.Transcript);

        Assert.Equal(2, result.Segments.Count);
        Assert.EndsWith("\n\nYes.", result.Segments[0].Text, StringComparison.Ordinal);
        Assert.Equal("Interviewer: Thanks.", result.Segments[1].Text);
    }

    [Fact]
    public void Segment_ShortParts_AreMergedButNeverAcrossItems()
    {
        var blocks = new List<ExtractedBlock> { ExtractedBlock.Paragraph("1. Welcome") };
        blocks.AddRange(Enumerable.Range(0, 6).Select(i => ExtractedBlock.Paragraph($"Point {i} noted.")));
        blocks.Add(ExtractedBlock.Paragraph("2. Close"));

        var result = new DocumentSegmenter(new SegmentationOptions { MaxWords = 5, MinWords = 4 }).Segment(new ExtractedDocument(blocks), DocumentKind.Minutes);

        Assert.Equal("2", result.Segments[^1].AgendaItemNumber);
        Assert.Equal("2. Close", result.Segments[^1].Text);
        Assert.All(result.Segments.SkipLast(1), s => Assert.Equal("1", s.AgendaItemNumber));
        Assert.All(result.Segments.SkipLast(1), s => Assert.True(Words(s.Text) <= 5));
        Assert.True(result.Segments.Count < 8);
    }

    [Fact]
    public void Segment_PagesSpanBlocks()
    {
        var document = new ExtractedDocument(
        [
            ExtractedBlock.Heading("Background", 1, page: 1),
            ExtractedBlock.Paragraph("First page text of the background section.", page: 1),
            ExtractedBlock.PageBreak(2),
            ExtractedBlock.Paragraph("Second page text of the background section."),
        ]);

        var segment = Assert.Single(new DocumentSegmenter(new SegmentationOptions()).Segment(document, DocumentKind.BoardPaper).Segments);

        Assert.Equal(1, segment.PageStart);
        Assert.Equal(2, segment.PageEnd);
    }

    [Fact]
    public void Constructor_InvalidMaxWords_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new DocumentSegmenter(new SegmentationOptions { MaxWords = 0 }));
    }
}
