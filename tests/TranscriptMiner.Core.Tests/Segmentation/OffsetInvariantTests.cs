using TranscriptMiner.Abstractions;
using TranscriptMiner.Core.Model;
using TranscriptMiner.Core.Segmentation;

namespace TranscriptMiner.Core.Tests.Segmentation;

public sealed class OffsetInvariantTests
{
    public static TheoryData<string, DocumentKind> Documents() => new()
    {
        { "interview", DocumentKind.Transcript },
        { "captions", DocumentKind.Transcript },
        { "minutes", DocumentKind.Minutes },
        { "paper", DocumentKind.BoardPaper },
        { "paragraphs", DocumentKind.Other },
        { "long", DocumentKind.Other },
        { "minutes", DocumentKind.Other },
        { "paper", DocumentKind.Transcript },
        { "interview", DocumentKind.Minutes },
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void Segment_AnyDocumentAndKind_SegmentTextIsExactSubstringAndOrdinalsAreSequential(string name, DocumentKind kind)
    {
        var document = name switch
        {
            "interview" => SampleDocuments.InterviewTranscript(),
            "captions" => SampleDocuments.CaptionTranscript(),
            "minutes" => SampleDocuments.Minutes(),
            "paper" => SampleDocuments.BoardPaper(),
            "paragraphs" => SampleDocuments.PlainParagraphs(),
            _ => new ExtractedDocument([ExtractedBlock.Heading("Long", 1), ExtractedBlock.Paragraph(SampleDocuments.Sentences(150)), ExtractedBlock.Paragraph("Short tail.")]),
        };

        var result = new DocumentSegmenter(new SegmentationOptions { MaxWords = 60, MinWords = 5 }).Segment(document, kind);

        Assert.NotEmpty(result.Segments);
        var previousEnd = 0;
        for (var i = 0; i < result.Segments.Count; i++)
        {
            var segment = result.Segments[i];
            Assert.Equal(i, segment.Ordinal);
            Assert.Equal(segment.Text, result.PlainText.Substring(segment.Start, segment.End - segment.Start));
            Assert.True(segment.Start >= previousEnd, $"segment {i} overlaps the previous one");
            Assert.Equal(segment.Text.Trim(), segment.Text);
            previousEnd = segment.End;
        }

        // Every non-separator character of the plain text is covered by some segment.
        var covered = result.Segments.Sum(s => s.Text.Replace("\n\n", string.Empty, StringComparison.Ordinal).Length);
        Assert.Equal(result.PlainText.Replace("\n\n", string.Empty, StringComparison.Ordinal).Length, covered + CountSplitSpaces(result));
    }

    [Fact]
    public void Segment_PlainText_IsNormalisedBlocksJoinedByBlankLines()
    {
        var result = new DocumentSegmenter(new SegmentationOptions()).Segment(SampleDocuments.PlainParagraphs(), DocumentKind.Other);

        var blocks = result.PlainText.Split("\n\n");
        Assert.Equal(4, blocks.Length);
        Assert.Equal("Whitespace inside this paragraph is collapsed when the plain text is built.", blocks[2]);
        Assert.StartsWith("Caf\u00e9 menus", blocks[3], StringComparison.Ordinal);
        Assert.DoesNotContain('\r', result.PlainText);
    }

    [Fact]
    public void Segment_ListItemsAndTableRows_UseNumberPrefixAndCellSeparator()
    {
        var document = new ExtractedDocument(
        [
            ExtractedBlock.ListItem("Antibiotic  prescribing", "4.2"),
            ExtractedBlock.ListItem("A bullet point", "•"),
            ExtractedBlock.TableRow(["Area", " Plan ", "Actual"]),
            ExtractedBlock.TableRow(["", ""]),
        ]);

        var result = new DocumentSegmenter(new SegmentationOptions()).Segment(document, DocumentKind.Other);

        Assert.Equal("4.2 Antibiotic prescribing\n\n• A bullet point\n\nArea | Plan | Actual", result.PlainText);
    }

    [Fact]
    public void Segment_EmptyDocument_ReturnsNoSegments()
    {
        var result = new DocumentSegmenter(new SegmentationOptions()).Segment(new ExtractedDocument([ExtractedBlock.PageBreak(2), ExtractedBlock.Paragraph("  ")]), DocumentKind.Minutes);

        Assert.Equal(string.Empty, result.PlainText);
        Assert.Empty(result.Segments);
    }

    [Fact]
    public void Segment_Cancelled_Throws()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        Assert.Throws<OperationCanceledException>(() =>
            new DocumentSegmenter(new SegmentationOptions()).Segment(SampleDocuments.Minutes(), DocumentKind.Minutes, cts.Token));
    }

    private static int CountSplitSpaces(SegmentedDocument result)
    {
        // Where a block is split inside, the single space at the cut belongs to no segment.
        var count = 0;
        for (var i = 1; i < result.Segments.Count; i++)
        {
            var gap = result.PlainText.Substring(result.Segments[i - 1].End, result.Segments[i].Start - result.Segments[i - 1].End);
            if (gap == " ")
            {
                count++;
            }
        }

        return count;
    }
}
