using TranscriptMiner.Abstractions;
using static TranscriptMiner.Plugins.Tests.Docx.DocxFixture;

namespace TranscriptMiner.Plugins.Tests.Docx;

public sealed class DocxContentTests
{
    private static string Cell(string text, bool bold = false) =>
        "<w:tc><w:p>" + (bold ? BoldRun(text) : Run(text)) + "</w:p></w:tc>";

    [Fact]
    public async Task Extract_Table_GivesOneRowBlockPerRowWithHeaderMarked()
    {
        var fixture = new DocxFixture
        {
            Body = Para("Action log")
                + "<w:tbl><w:tblPr/>"
                + "<w:tr><w:trPr><w:tblHeader/></w:trPr>" + Cell("Action") + Cell("Owner") + "</w:tr>"
                + "<w:tr>" + Cell("Circulate the dashboard") + "<w:tc><w:p>" + Run("Head of") + "</w:p><w:p>" + Run("Analytics") + "</w:p></w:tc></w:tr>"
                + "<w:tr>" + Cell("Review the contract") + Cell("CFO") + "</w:tr>"
                + "</w:tbl>"
                + Para("After the table."),
        };

        var blocks = (await fixture.ExtractAsync()).Blocks;

        Assert.Equal(5, blocks.Count);
        var rows = blocks.Skip(1).Take(3).ToArray();
        Assert.All(rows, r => Assert.Equal(BlockKind.TableRow, r.Kind));
        Assert.Equal(["Action", "Owner"], rows[0].Cells);
        Assert.Equal(["Circulate the dashboard", "Head of Analytics"], rows[1].Cells);
        Assert.Equal(["Review the contract", "CFO"], rows[2].Cells);
        Assert.Equal("Review the contract | CFO", rows[2].Text);
        Assert.Equal([true, false, false], rows.Select(r => r.IsHeaderRow));
        Assert.Equal("After the table.", blocks[4].Text);
    }

    [Fact]
    public async Task Extract_TableWithBoldFirstRow_MarksItHeader()
    {
        var fixture = new DocxFixture
        {
            Body = "<w:tbl><w:tr>" + Cell("Item", bold: true) + Cell("Decision", bold: true) + "</w:tr>"
                + "<w:tr>" + Cell("4.2", bold: true) + Cell("Approved") + "</w:tr></w:tbl>",
        };

        var rows = (await fixture.ExtractAsync()).Blocks;

        Assert.Equal([true, false], rows.Select(r => r.IsHeaderRow));
    }

    [Fact]
    public async Task Extract_NestedTableAndContentControls_AreFlattenedInOrder()
    {
        var fixture = new DocxFixture
        {
            Body = "<w:sdt><w:sdtPr><w:alias w:val=\"Intro\"/></w:sdtPr><w:sdtContent>" + Para("Inside a content control") + "</w:sdtContent></w:sdt>"
                + "<w:tbl><w:tr>" + Cell("Outer")
                + "<w:tc><w:p>" + Run("Before") + "</w:p><w:tbl><w:tr>" + Cell("inner A") + Cell("inner B") + "</w:tr></w:tbl><w:p/></w:tc>"
                + "</w:tr></w:tbl>"
                + "<w:p><w:sdt><w:sdtContent>" + Run("Inline control text") + "</w:sdtContent></w:sdt></w:p>",
        };

        var blocks = (await fixture.ExtractAsync()).Blocks;

        Assert.Equal("Inside a content control", blocks[0].Text);
        Assert.Equal(["Outer", "Before inner A inner B"], blocks[1].Cells);
        Assert.Equal("Inline control text", blocks[2].Text);
        Assert.Equal(3, blocks.Count);
    }

    [Fact]
    public async Task Extract_TableOfContentsControl_IsLeftOut()
    {
        var fixture = new DocxFixture
        {
            Body = "<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val=\"Table of Contents\"/><w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtContent>"
                + "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>TOC \\o \"1-3\"</w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
                + Run("4.2 Antibiotic prescribing") + "<w:r><w:tab/></w:r>" + Run("3") + "</w:p>"
                + "<w:p><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>"
                + "</w:sdtContent></w:sdt>"
                + Para("Minutes start here."),
        };

        var block = Assert.Single((await fixture.ExtractAsync()).Blocks);

        Assert.Equal("Minutes start here.", block.Text);
    }

    [Fact]
    public async Task Extract_TextBoxInAlternateContent_IsReadOnceAfterItsParagraph()
    {
        const string TextBox = "<w:txbxContent>" + "<w:p><w:r><w:t>NHS Example ICB</w:t></w:r></w:p><w:p><w:r><w:t>Board meeting, 14 March 2026</w:t></w:r></w:p>" + "</w:txbxContent>";
        var fixture = new DocxFixture
        {
            Body = "<w:p>" + Run("Cover") + "<w:r><mc:AlternateContent>"
                + "<mc:Choice Requires=\"wps\"><w:drawing><wp:inline><a:graphic><a:graphicData uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\">"
                + "<wps:wsp><wps:txbx>" + TextBox + "</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:inline></w:drawing></mc:Choice>"
                + "<mc:Fallback><w:pict><v:shape><v:textbox>" + TextBox + "</v:textbox></v:shape></w:pict></mc:Fallback>"
                + "</mc:AlternateContent></w:r></w:p>"
                + Para("Agenda"),
        };

        var blocks = (await fixture.ExtractAsync()).Blocks;

        Assert.Equal(["Cover", "NHS Example ICB", "Board meeting, 14 March 2026", "Agenda"], blocks.Select(b => b.Text));
    }

    [Fact]
    public async Task Extract_Footnotes_AreNoteBlocksAfterTheBodyWithoutSeparators()
    {
        var fixture = new DocxFixture
        {
            Body = "<w:p>" + Run("Prescribing rose by 4%") + "<w:r><w:footnoteReference w:id=\"1\"/></w:r>" + Run(" last year.") + "</w:p>" + Para("Second paragraph."),
            Footnotes = """
                <w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>
                <w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>
                <w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> Source: ePACT2, 2023/24.</w:t></w:r></w:p></w:footnote>
                """,
        };

        var blocks = (await fixture.ExtractAsync()).Blocks;

        Assert.Equal(3, blocks.Count);
        Assert.Equal("Prescribing rose by 4% last year.", blocks[0].Text);
        Assert.False(blocks[0].IsNote);
        Assert.False(blocks[1].IsNote);
        Assert.True(blocks[2].IsNote);
        Assert.Equal(BlockKind.Paragraph, blocks[2].Kind);
        Assert.Equal("Source: ePACT2, 2023/24.", blocks[2].Text);
    }

    [Fact]
    public async Task Extract_Endnotes_FollowFootnotes()
    {
        var fixture = new DocxFixture
        {
            Body = Para("Body."),
            Footnotes = """<w:footnote w:id="1"><w:p><w:r><w:t>A footnote.</w:t></w:r></w:p></w:footnote>""",
            Endnotes = """
                <w:endnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:endnote>
                <w:endnote w:id="1"><w:p><w:r><w:t>First paragraph of an endnote.</w:t></w:r></w:p><w:p><w:r><w:t>Second.</w:t></w:r></w:p></w:endnote>
                """,
        };

        var blocks = (await fixture.ExtractAsync()).Blocks;

        Assert.Equal(["Body.", "A footnote.", "First paragraph of an endnote. Second."], blocks.Select(b => b.Text));
        Assert.Equal([false, true, true], blocks.Select(b => b.IsNote));
    }

    [Fact]
    public async Task Extract_HeadersAndFooters_AreLeftOut()
    {
        var fixture = new DocxFixture
        {
            Header = Para("OFFICIAL - Primary Care Commissioning Committee"),
            Footer = Para("Page 3 of 12"),
            Body = Para("Present: the Chair."),
        };

        var block = Assert.Single((await fixture.ExtractAsync()).Blocks);

        Assert.Equal("Present: the Chair.", block.Text);
    }

    [Fact]
    public async Task Extract_TrackedChanges_KeepInsertionsAndDropDeletions()
    {
        var fixture = new DocxFixture
        {
            Body = "<w:p>" + Run("The Committee ")
                + "<w:del w:id=\"1\" w:author=\"A\"><w:r><w:delText>NOTED</w:delText></w:r></w:del>"
                + "<w:ins w:id=\"2\" w:author=\"A\"><w:r><w:t>APPROVED</w:t></w:r></w:ins>"
                + Run(" the plan")
                + "<w:moveFrom w:id=\"3\" w:author=\"A\"><w:r><w:t xml:space=\"preserve\"> in full</w:t></w:r></w:moveFrom>"
                + "<w:moveTo w:id=\"4\" w:author=\"A\"><w:r><w:t xml:space=\"preserve\"> with conditions</w:t></w:r></w:moveTo>"
                + Run(".") + "</w:p>",
        };

        var block = Assert.Single((await fixture.ExtractAsync()).Blocks);

        Assert.Equal("The Committee APPROVED the plan with conditions.", block.Text);
    }

    [Fact]
    public async Task Extract_Fields_ShowOnlyTheDisplayedResult()
    {
        var fixture = new DocxFixture
        {
            Body = "<w:p>" + Run("Page ")
                + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> PAGE \\* MERGEFORMAT </w:instrText></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
                + Run(", printed ")
                + "<w:fldSimple w:instr=\" DATE \\@ &quot;d MMMM yyyy&quot; \"><w:r><w:t>14 March 2026</w:t></w:r></w:fldSimple>"
                + "</w:p>"
                + "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>HYPERLINK \"https://example.org\"</w:instrText></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>QUOTE x</w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>the ICB website</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>"
                + Para("After fields."),
        };

        var blocks = (await fixture.ExtractAsync()).Blocks;

        Assert.Equal(["Page 3, printed 14 March 2026", "the ICB website", "After fields."], blocks.Select(b => b.Text));
    }

    [Fact]
    public async Task Extract_BoldSpeakerLabel_SetsBoldPrefixLength()
    {
        var fixture = new DocxFixture
        {
            Body = "<w:p>" + BoldRun("Interviewer:") + Run(" How do you use the dashboard?") + "</w:p>"
                + "<w:p>" + Run("[00:12:31] ") + BoldRun("P12:") + Run(" Mostly monthly.") + "</w:p>"
                + "<w:p>" + BoldRun("All bold line") + "</w:p>",
        };

        var blocks = (await fixture.ExtractAsync()).Blocks;

        Assert.Equal("Interviewer: How do you use the dashboard?", blocks[0].Text);
        Assert.Equal(12, blocks[0].Style?.BoldPrefixLength);
        Assert.False(blocks[0].Style?.Bold);
        Assert.Equal("[00:12:31] P12: Mostly monthly.", blocks[1].Text);
        Assert.Null(blocks[1].Style?.BoldPrefixLength);
        Assert.True(blocks[2].Style?.Bold);
        Assert.Null(blocks[2].Style?.BoldPrefixLength);
    }

    [Fact]
    public async Task Extract_TextDetails_AreNormalisedAndEmptyParagraphsDropped()
    {
        var fixture = new DocxFixture
        {
            Body = "<w:p><w:r><w:t>Item</w:t><w:tab/><w:t>one</w:t><w:br/><w:t>two</w:t><w:cr/><w:t xml:space=\"preserve\">  three   </w:t></w:r></w:p>"
                + "<w:p/><w:p><w:r><w:t xml:space=\"preserve\">   </w:t></w:r></w:p>"
                + "<w:p><w:r><w:t>re</w:t><w:softHyphen/><w:t>admission</w:t><w:t xml:space=\"preserve\"> of over</w:t><w:noBreakHyphen/><w:t>65s</w:t><w:sym w:font=\"Symbol\" w:char=\"2192\"/></w:r></w:p>"
                + "<w:p><w:r><w:rPr><w:vanish/></w:rPr><w:t>hidden</w:t></w:r><w:r><w:t>visible</w:t></w:r></w:p>",
        };

        var blocks = (await fixture.ExtractAsync()).Blocks;

        Assert.Equal(["Item one two three", "readmission of over-65s→", "visible"], blocks.Select(b => b.Text));
        Assert.All(blocks, b => Assert.Equal(0, b.Page));
    }

    [Fact]
    public async Task Extract_CoreProperties_AreReported()
    {
        var fixture = new DocxFixture
        {
            Title = "Quality Committee minutes",
            Author = "Committee Secretary",
            Styles = """<w:docDefaults><w:rPrDefault><w:rPr><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault></w:docDefaults>""",
            Body = Para("Text."),
        };

        var properties = (await fixture.ExtractAsync()).Properties;

        Assert.Equal("Quality Committee minutes", properties.Title);
        Assert.Equal("Committee Secretary", properties.Author);
        Assert.Equal(new DateTimeOffset(2026, 3, 14, 9, 30, 0, TimeSpan.Zero), properties.Created);
        Assert.Equal("en-GB", properties.Language);
        Assert.Equal(0, properties.PageCount);
    }
}
