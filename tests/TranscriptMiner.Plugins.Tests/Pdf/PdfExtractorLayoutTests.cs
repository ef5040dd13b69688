using TranscriptMiner.Abstractions;

namespace TranscriptMiner.Plugins.Tests.Pdf;

public sealed class PdfExtractorLayoutTests
{
    private static readonly string[] BodyLines =
    [
        "The committee received the quarterly report on",
        "prescribing and noted that the data had been",
        "validated by the medicines optimisation team.",
    ];

    [Fact]
    public async Task ExtractAsync_TwoColumnPage_ReadsLeftColumnBeforeRightColumn()
    {
        // Lines are drawn interleaved (left, right, left ...) and paragraph gaps line up across the columns,
        // so neither the drawing order nor horizontal gaps give the reading order away.
        var document = await TestPdf.ExtractAsync(pdf =>
        {
            pdf.NewPage()
                .Text("Quality and Performance Committee", TestPdf.Left, TestPdf.Top, 16, isBold: true)
                .Lines(TestPdf.Left, 750, 10, false, "This full-width introduction spans both of the columns that follow it on the page.");
            var y = 720.0;
            for (var i = 1; i <= 12; i++)
            {
                pdf.Text($"left column sentence {i} about GP data", TestPdf.Left, y)
                    .Text($"right column sentence {i} about CCG plans", 320, y);
                y -= i % 4 == 0 ? 24 : 12;
            }

            return pdf.Lines(TestPdf.Left, y - 20, 10, false, "This closing paragraph also spans the whole width of the page below both columns.");
        });

        var text = TestPdf.AllText(document);
        Assert.DoesNotContain(document.Blocks, block => block.Kind == BlockKind.TableRow);
        Assert.Equal("Quality and Performance Committee", document.Blocks[0].Text);
        Assert.StartsWith("This full-width introduction", document.Blocks[1].Text, StringComparison.Ordinal);
        Assert.StartsWith("This closing paragraph", document.Blocks[^1].Text, StringComparison.Ordinal);
        Assert.Contains("left column sentence 12 about GP data", text, StringComparison.Ordinal);
        Assert.Contains("right column sentence 1 about CCG plans right column sentence 2", text, StringComparison.Ordinal);
        Assert.True(
            text.LastIndexOf("left column", StringComparison.Ordinal) < text.IndexOf("right column", StringComparison.Ordinal),
            "the whole left column must come before the right column: " + text);
    }

    [Fact]
    public async Task ExtractAsync_RepeatedHeaderFooterAndPageNumbers_AreRemovedAndBodyKept()
    {
        var document = await TestPdf.ExtractAsync(pdf =>
        {
            for (var page = 1; page <= 3; page++)
            {
                pdf.NewPage()
                    .Text("OFFICIAL", 280, 815, 9)
                    .Text("NHS Norchester CCG Governing Body", TestPdf.Left, 800, 9)
                    .Lines(TestPdf.Left, 740, 10, false, $"Body text of page {page} describes the discussion", "of the finance report and the savings plan.")
                    .Text("DRAFT minutes – for approval", TestPdf.Left, 40, 9)
                    .Text($"Page {page} of 3", 500, 25, 9);
            }

            return pdf;
        });

        var text = TestPdf.AllText(document);
        Assert.DoesNotContain("OFFICIAL", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Governing Body", text, StringComparison.Ordinal);
        Assert.DoesNotContain("DRAFT", text, StringComparison.Ordinal);
        Assert.DoesNotContain("of 3", text, StringComparison.Ordinal);
        for (var page = 1; page <= 3; page++)
        {
            var body = Assert.Single(document.Blocks, block => block.Text.StartsWith($"Body text of page {page}", StringComparison.Ordinal));
            Assert.Equal($"Body text of page {page} describes the discussion of the finance report and the savings plan.", body.Text);
            Assert.Equal(page, body.Page);
        }
    }

    [Fact]
    public async Task ExtractAsync_SingleBareNumberAtPageBottom_IsRemovedAsPageNumber()
    {
        var document = await TestPdf.ExtractAsync(pdf => pdf.NewPage()
            .Lines(TestPdf.Left, TestPdf.Top, 10, false, BodyLines)
            .Text("- 3 -", 290, 30, 9));

        Assert.DoesNotContain(document.Blocks, block => block.Text.Contains("3 -", StringComparison.Ordinal));
        Assert.Contains(document.Blocks, block => block.Text.StartsWith("The committee received", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ExtractAsync_WrappedParagraph_JoinsLinesAndRejoinsHyphenatedWords()
    {
        var document = await TestPdf.ExtractAsync(pdf => pdf.NewPage().Lines(
            TestPdf.Left,
            TestPdf.Top,
            10,
            false,
            "The group reviewed the commis-",
            "sioning intentions agreed with NHS-",
            "England and a mid-line well-known term."));

        var paragraph = Assert.Single(document.Blocks);
        Assert.Equal(BlockKind.Paragraph, paragraph.Kind);
        Assert.Equal("The group reviewed the commissioning intentions agreed with NHS-England and a mid-line well-known term.", paragraph.Text);
    }

    [Fact]
    public async Task ExtractAsync_WideLineSpacing_KeepsParagraphsWholeAndApart()
    {
        var document = await TestPdf.ExtractAsync(pdf => pdf.NewPage()
            .Text("The review found that referral data were", TestPdf.Left, 700)
            .Text("incomplete for two of the four localities.", TestPdf.Left, 682)
            .Text("Members asked for a revised analysis", TestPdf.Left, 664)
            .Text("Practices will validate the figures before", TestPdf.Left, 630)
            .Text("the next meeting of the committee.", TestPdf.Left, 612));

        Assert.Equal(
            ["The review found that referral data were incomplete for two of the four localities. Members asked for a revised analysis",
             "Practices will validate the figures before the next meeting of the committee."],
            document.Blocks.Select(block => block.Text));
    }

    [Fact]
    public async Task ExtractAsync_LargerAndBoldLines_BecomeHeadingsWithLevelsAndStyle()
    {
        var document = await TestPdf.ExtractAsync(pdf => pdf.NewPage()
            .Text("Governing Body Minutes", TestPdf.Left, TestPdf.Top, 18, isBold: true)
            .Lines(TestPdf.Left, 740, 10, false, BodyLines)
            .Text("4.2 Antibiotic prescribing", TestPdf.Left, 690, 10, isBold: true)
            .Lines(TestPdf.Left, 674, 10, false, "The committee noted the rise in broad-spectrum", "antibiotic use and asked for a practice breakdown."));

        var headings = document.Blocks.Where(block => block.Kind == BlockKind.Heading).ToList();
        Assert.Equal(2, headings.Count);
        Assert.Equal("Governing Body Minutes", headings[0].Text);
        Assert.Equal(1, headings[0].HeadingLevel);
        Assert.Equal(18, headings[0].Style?.FontSize);
        Assert.Equal("4.2 Antibiotic prescribing", headings[1].Text);
        Assert.Equal(2, headings[1].HeadingLevel);
        Assert.True(headings[1].Style?.Bold);
        var paragraphs = document.Blocks.Where(block => block.Kind == BlockKind.Paragraph).ToList();
        Assert.Equal(2, paragraphs.Count);
        Assert.Equal(10, paragraphs[0].Style?.FontSize);
        Assert.False(paragraphs[0].Style?.Bold);
        Assert.StartsWith("The committee noted the rise", paragraphs[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExtractAsync_BoldSentenceAtBodySize_IsNotAHeading()
    {
        var document = await TestPdf.ExtractAsync(pdf => pdf.NewPage()
            .Lines(TestPdf.Left, TestPdf.Top, 10, false, BodyLines)
            .Text("The Committee APPROVED the recommendation.", TestPdf.Left, 720, 10, isBold: true));

        Assert.DoesNotContain(document.Blocks, block => block.Kind == BlockKind.Heading);
    }

    [Fact]
    public async Task ExtractAsync_ThreeByThreeTable_GivesOneTableRowPerLineWithCells()
    {
        var document = await TestPdf.ExtractAsync(pdf => pdf.NewPage()
            .Lines(TestPdf.Left, TestPdf.Top, 10, false, BodyLines)
            .Text("Action", TestPdf.Left, 700, 10, isBold: true).Text("Owner", 300, 700, 10, isBold: true).Text("Due date", 440, 700, 10, isBold: true)
            .Text("Circulate the finance report", TestPdf.Left, 684, 10).Text("Chief Finance Officer", 300, 684, 10).Text("31/03/2024", 440, 684, 10)
            .Text("Review antibiotic data", TestPdf.Left, 668, 10).Text("Medicines lead", 300, 668, 10).Text("30/04/2024", 440, 668, 10)
            .Lines(TestPdf.Left, 630, 10, false, "The meeting closed at 4.15pm and the next meeting", "will be held on 12 May 2024."));

        var rows = document.Blocks.Where(block => block.Kind == BlockKind.TableRow).ToList();
        Assert.Equal(3, rows.Count);
        Assert.Equal(["Action", "Owner", "Due date"], rows[0].Cells);
        Assert.True(rows[0].IsHeaderRow);
        Assert.Equal(["Circulate the finance report", "Chief Finance Officer", "31/03/2024"], rows[1].Cells);
        Assert.Equal(["Review antibiotic data", "Medicines lead", "30/04/2024"], rows[2].Cells);
        Assert.Equal("Review antibiotic data | Medicines lead | 30/04/2024", rows[2].Text);
        var paragraphs = document.Blocks.Where(block => block.Kind == BlockKind.Paragraph).Select(block => block.Text).ToList();
        Assert.Equal(
            ["The committee received the quarterly report on prescribing and noted that the data had been validated by the medicines optimisation team.",
             "The meeting closed at 4.15pm and the next meeting will be held on 12 May 2024."],
            paragraphs);
        Assert.True(document.Blocks.ToList().IndexOf(rows[2]) < document.Blocks.ToList().FindIndex(block => block.Text.StartsWith("The meeting closed", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task ExtractAsync_TableWithWrappedCells_KeepsWrappedTextInItsCell()
    {
        var document = await TestPdf.ExtractAsync(pdf => pdf.NewPage()
            .Text("Action", TestPdf.Left, 700, 10, isBold: true).Text("Owner", 300, 700, 10, isBold: true).Text("Due", 440, 700, 10, isBold: true)
            .Text("Circulate the finance report", TestPdf.Left, 682, 10).Text("Chief Finance", 300, 682, 10).Text("March 2024", 440, 682, 10)
            .Text("to all members", TestPdf.Left, 670, 10).Text("Officer", 300, 670, 10)
            .Text("Review antibiotic data", TestPdf.Left, 652, 10).Text("Medicines lead", 300, 652, 10).Text("April 2024", 440, 652, 10)
            .Lines(TestPdf.Left, 620, 10, false, "The meeting closed at 4.15pm."));

        var rows = document.Blocks.Where(block => block.Kind == BlockKind.TableRow).ToList();
        Assert.Equal(3, rows.Count);
        Assert.Equal(["Circulate the finance report to all members", "Chief Finance Officer", "March 2024"], rows[1].Cells);
        Assert.Equal(["Review antibiotic data", "Medicines lead", "April 2024"], rows[2].Cells);
        Assert.Equal("The meeting closed at 4.15pm.", document.Blocks[^1].Text);
    }

    [Fact]
    public async Task ExtractAsync_WordsDrawnRightToLeft_AreStillReadLeftToRight()
    {
        // Letters that do not come in line order make the extractor fall back to nearest-neighbour word building.
        string[] words = ["Urgent", "care", "activity", "rose", "again", "in", "January."];
        var document = await TestPdf.ExtractAsync(pdf =>
        {
            pdf.NewPage();
            var x = new double[words.Length];
            for (var i = 1; i < words.Length; i++)
            {
                x[i] = x[i - 1] + (words[i - 1].Length * 6) + 4;
            }

            for (var i = words.Length - 1; i >= 0; i--)
            {
                pdf.Text(words[i], TestPdf.Left + x[i], TestPdf.Top);
            }

            return pdf;
        });

        Assert.Equal("Urgent care activity rose again in January.", Assert.Single(document.Blocks).Text);
    }

    [Fact]
    public async Task ExtractAsync_BoldSpeakerLabel_IsReportedAsBoldPrefix()
    {
        var document = await TestPdf.ExtractAsync(pdf => pdf.NewPage()
            .Text("Interviewer:", TestPdf.Left, TestPdf.Top, 10, isBold: true)
            .Text("How did the team use the dashboard data?", TestPdf.Left + 62, TestPdf.Top));

        var paragraph = Assert.Single(document.Blocks);
        Assert.Equal("Interviewer: How did the team use the dashboard data?", paragraph.Text);
        Assert.Equal(BlockKind.Paragraph, paragraph.Kind);
        Assert.Equal("Interviewer:".Length, paragraph.Style?.BoldPrefixLength);
        Assert.False(paragraph.Style?.Bold);
    }

    [Fact]
    public async Task ExtractAsync_TwoPages_TagsBlocksWithPagesAndInsertsPageBreak()
    {
        var document = await TestPdf.ExtractAsync(pdf => pdf
            .NewPage().Lines(TestPdf.Left, TestPdf.Top, 10, false, "First page text about the quality dashboard.")
            .NewPage().Lines(TestPdf.Left, TestPdf.Top, 10, false, "Second page text about the urgent care review."));

        Assert.Collection(
            document.Blocks,
            block => Assert.Equal((BlockKind.Paragraph, 1), (block.Kind, block.Page)),
            block => Assert.Equal((BlockKind.PageBreak, 2), (block.Kind, block.Page)),
            block => Assert.Equal((BlockKind.Paragraph, 2, "Second page text about the urgent care review."), (block.Kind, block.Page, block.Text)));
        Assert.Equal(2, document.Properties.PageCount);
    }

    [Fact]
    public async Task ExtractAsync_BulletedAndLetteredLines_BecomeListItems()
    {
        var document = await TestPdf.ExtractAsync(pdf => pdf.NewPage().Lines(
            TestPdf.Left,
            TestPdf.Top,
            10,
            false,
            "The Committee agreed:",
            "(a) to approve the primary care budget;",
            "(b) to review the dashboard in March.",
            "• falls prevention",
            "• frailty pathway"));

        var items = document.Blocks.Where(block => block.Kind == BlockKind.ListItem).ToList();
        Assert.Equal(["(a)", "(b)", "•", "•"], items.Select(item => item.ListNumber));
        Assert.Equal("to approve the primary care budget;", items[0].Text);
        Assert.Equal("frailty pathway", items[3].Text);
        Assert.Equal("The Committee agreed:", document.Blocks[0].Text);
    }
}
