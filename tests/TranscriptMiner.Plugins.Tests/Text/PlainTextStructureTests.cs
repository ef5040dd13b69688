using System.Text;
using TranscriptMiner.Abstractions;

namespace TranscriptMiner.Plugins.Tests.Text;

public sealed class PlainTextStructureTests
{
    [Fact]
    public async Task Extract_WrappedLines_JoinedIntoParagraphs()
    {
        var document = await TextExtraction.RunAsync("The committee noted\r\nthe report.\r\n\r\nActions were agreed\rby all.\n");

        Assert.Equal(["The committee noted the report.", "Actions were agreed by all."], document.Blocks.Select(b => b.Text));
        Assert.All(document.Blocks, b => Assert.Equal(BlockKind.Paragraph, b.Kind));
    }

    [Fact]
    public async Task Extract_TranscriptLines_KeptAsSeparateParagraphs()
    {
        const string Transcript = """
            Interviewer: How do you use the dashboard?
            P12: Mostly before the board meeting.
            I: And the finance data?
            R: We trust it less.
            Dr Smith: I disagree.
            CHAIR: Let us move on.
            """;

        var document = await TextExtraction.RunAsync(Transcript);

        Assert.Equal(6, document.Blocks.Count);
        Assert.Equal(["Interviewer:", "P12:", "I:", "R:", "Dr Smith:", "CHAIR:"], document.Blocks.Select(b => b.Text[..(b.Text.IndexOf(':', StringComparison.Ordinal) + 1)]));
    }

    [Fact]
    public async Task Extract_WrappedTranscriptTurns_StayWhole()
    {
        const string Transcript = """
            Interviewer: Thanks for agreeing to talk to us. Can you start by telling me a
            bit about your role?
            P12: Sure. I lead the contracting team, so I spend most of my week with the
            acute trust's information team going through the monthly activity returns.
            I: And do you trust those returns?
            R: Mostly.
            """;

        var document = await TextExtraction.RunAsync(Transcript);

        Assert.Equal(4, document.Blocks.Count);
        Assert.Equal("Interviewer: Thanks for agreeing to talk to us. Can you start by telling me a bit about your role?", document.Blocks[0].Text);
        Assert.EndsWith("going through the monthly activity returns.", document.Blocks[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extract_TimestampedTranscriptLines_KeptAsSeparateParagraphs()
    {
        var document = await TextExtraction.RunAsync("[00:12:31] Interviewer: Why?\n[00:12:35] P3: Cost.\n00:12:40 Pause.\n");

        Assert.Equal(["[00:12:31] Interviewer: Why?", "[00:12:35] P3: Cost.", "00:12:40 Pause."], document.Blocks.Select(b => b.Text));
    }

    [Fact]
    public async Task Extract_SpeakerLabelInsideProse_StartsNewParagraph()
    {
        const string Text = "This interview was recorded in March\nand transcribed verbatim by the team\nwho checked it twice.\nInterviewer: Shall we start?\n";

        var document = await TextExtraction.RunAsync(Text);

        Assert.Equal(2, document.Blocks.Count);
        Assert.Equal("Interviewer: Shall we start?", document.Blocks[1].Text);
    }

    [Fact]
    public async Task Extract_UnderlinedAndCapsLines_BecomeHeadings()
    {
        const string Text = "Governing Body\n==============\n\nAPOLOGIES\nNone were received.\n\nFinance\n-------\nThe deficit grew.\n";

        var document = await TextExtraction.RunAsync(Text);

        Assert.Equal(
            [(BlockKind.Heading, "Governing Body", 1), (BlockKind.Heading, "APOLOGIES", 2), (BlockKind.Paragraph, "None were received.", 0),
             (BlockKind.Heading, "Finance", 2), (BlockKind.Paragraph, "The deficit grew.", 0)],
            document.Blocks.Select(b => (b.Kind, b.Text, b.HeadingLevel)));
        Assert.Equal("Governing Body", document.Properties.Title);
    }

    [Fact]
    public async Task Extract_ShortListLinesAmongWrappedProse_KeepTheirLineBreaks()
    {
        const string Text = """
            Minutes of the meeting of the Board of Directors held in public on 21/07/2022
            at 10:00 in the Lecture Theatre, Harbridge Education Centre

            Present:
            Alan Whitcombe - Chair
            Deborah Kinsella - Chief Executive
            Dr Shirin Bahrami - Medical Director

            Marcus Fenwick reported a deficit of 0.6 million pounds against a breakeven
            plan, mainly from agency staffing. The efficiency programme was behind plan.
            He warned that the financial pressure would grow over the winter.
            """;

        var document = await TextExtraction.RunAsync(Text);

        Assert.Equal(
            [
                "Minutes of the meeting of the Board of Directors held in public on 21/07/2022 at 10:00 in the Lecture Theatre, Harbridge Education Centre",
                "Present:",
                "Alan Whitcombe - Chair",
                "Deborah Kinsella - Chief Executive",
                "Dr Shirin Bahrami - Medical Director",
                "Marcus Fenwick reported a deficit of 0.6 million pounds against a breakeven plan, mainly from agency staffing. The efficiency programme was behind plan. He warned that the financial pressure would grow over the winter.",
            ],
            document.Blocks.Select(b => b.Text));
    }

    [Fact]
    public async Task Extract_WrappedProseWithCapitalisedLineStarts_StaysOneParagraph()
    {
        const string Text = """
            Joseph Lyle presented the integrated performance report for the quarter.
            Community nursing waiting lists had grown by 14 per cent since April and
            Robert Achebe asked why the figures differed from those of the ICB. The
            ICB counted referrals while the trust counted patients.
            """;

        var document = await TextExtraction.RunAsync(Text);

        var paragraph = Assert.Single(document.Blocks);
        Assert.EndsWith("the trust counted patients.", paragraph.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extract_ColumnAlignedLines_BecomeTableRowsWithHeader()
    {
        const string Text = """
            ACTION LOG

            Ref     Action                                     Owner            Due
            -----   ----------------------------------------   --------------   ----------
            A/101   Align waiting list definitions with ICB    Joseph Lyle      15/09/2022
            A/102   Report agency spend by staff group         Marcus Fenwick   15/09/2022

            The Chair closed the meeting.  Members thanked the team.
            """;

        var document = await TextExtraction.RunAsync(Text);

        Assert.Equal(
            [BlockKind.Heading, BlockKind.TableRow, BlockKind.TableRow, BlockKind.TableRow, BlockKind.Paragraph],
            document.Blocks.Select(b => b.Kind));
        Assert.True(document.Blocks[1].IsHeaderRow);
        Assert.Equal(["A/101", "Align waiting list definitions with ICB", "Joseph Lyle", "15/09/2022"], document.Blocks[2].Cells);
        Assert.False(document.Blocks[3].IsHeaderRow);
    }

    [Theory]
    [InlineData("huge.txt")]
    [InlineData("huge.md")]
    public async Task Extract_FiftyMegabytesOnOneLine_YieldsParagraphBlocks(string fileName)
    {
        const int Size = 50 * 1024 * 1024;
        var bytes = new byte[Size];
        var word = "data "u8;
        for (var i = 0; i < Size; i++)
        {
            bytes[i] = word[i % word.Length];
        }

        var document = await TextExtraction.RunAsync(bytes, fileName);

        Assert.True(document.Blocks.Count > 1);
        Assert.All(document.Blocks, b => Assert.Equal(BlockKind.Paragraph, b.Kind));
        Assert.InRange(document.Blocks.Sum(b => (long)b.Text.Length + 1), Size - 1000L, Size + 1000L);
    }

    [Fact]
    public async Task Extract_MoreBlocksThanLimit_ThrowsTooLarge()
    {
        var text = string.Join("\n\n", Enumerable.Range(1, 20).Select(i => $"Paragraph {i}."));
        var limits = new ExtractionLimits { MaxBlocks = 10 };

        var error = await Assert.ThrowsAsync<ExtractionException>(() => TextExtraction.RunAsync(Encoding.UTF8.GetBytes(text), limits: limits));

        Assert.Equal(ExtractionFailureKind.TooLarge, error.Kind);
    }

    [Fact]
    public async Task Extract_CancelledToken_Throws()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();
        var request = new ExtractionRequest(new MemoryStream("hello"u8.ToArray()), "a.txt", MediaTypeNames.PlainText, ExtractionLimits.Default);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new TranscriptMiner.Plugins.Text.PlainTextExtractor().ExtractAsync(request, cancellation.Token));
    }
}
