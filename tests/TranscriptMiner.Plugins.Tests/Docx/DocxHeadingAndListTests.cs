using TranscriptMiner.Abstractions;
using static TranscriptMiner.Plugins.Tests.Docx.DocxFixture;

namespace TranscriptMiner.Plugins.Tests.Docx;

public sealed class DocxHeadingAndListTests
{
    private const string HeadingStyles = """
        <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
        <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/></w:style>
        <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>
        <w:style w:type="paragraph" w:styleId="Kop2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/></w:style>
        <w:style w:type="paragraph" w:styleId="AgendaBase"><w:name w:val="Agenda Base"/><w:pPr><w:outlineLvl w:val="2"/></w:pPr></w:style>
        <w:style w:type="paragraph" w:styleId="AgendaItem"><w:name w:val="Agenda Item"/><w:basedOn w:val="AgendaBase"/></w:style>
        """;

    private const string MultilevelNumbering = """
        <w:abstractNum w:abstractNumId="0">
          <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1"/></w:lvl>
          <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl>
          <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%3)"/></w:lvl>
          <w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="%4)"/></w:lvl>
        </w:abstractNum>
        <w:abstractNum w:abstractNumId="1">
          <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="&#xF0B7;"/></w:lvl>
        </w:abstractNum>
        <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
        <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
        <w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
        <w:num w:numId="4"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="7"/></w:lvlOverride></w:num>
        """;

    [Fact]
    public async Task Extract_HeadingStyles_GiveHeadingBlocksWithLevels()
    {
        var fixture = new DocxFixture
        {
            Styles = HeadingStyles,
            Body = StyledPara("Title", "Governing Body minutes")
                + StyledPara("Heading1", "Part A")
                + StyledPara("Kop2", "Apologies")
                + Para("Body text."),
        };

        var blocks = (await fixture.ExtractAsync()).Blocks;

        Assert.Equal(
            [(BlockKind.Heading, 1, "Governing Body minutes"), (BlockKind.Heading, 1, "Part A"), (BlockKind.Heading, 2, "Apologies"), (BlockKind.Paragraph, 0, "Body text.")],
            blocks.Select(b => (b.Kind, b.HeadingLevel, b.Text)));
        Assert.Equal("heading 1", blocks[1].Style?.StyleName);
        Assert.True(blocks[1].Style?.Bold);
        Assert.Equal(16, blocks[1].Style?.FontSize);
        Assert.Equal("Normal", blocks[3].Style?.StyleName);
    }

    [Fact]
    public async Task Extract_OutlineLevels_FromBasedOnChainAndDirectProperty_GiveHeadings()
    {
        var fixture = new DocxFixture
        {
            Styles = HeadingStyles,
            Body = StyledPara("AgendaItem", "Declarations of interest")
                + "<w:p><w:pPr><w:outlineLvl w:val=\"0\"/></w:pPr><w:r><w:t>Direct outline</w:t></w:r></w:p>"
                + "<w:p><w:pPr><w:pStyle w:val=\"AgendaItem\"/><w:outlineLvl w:val=\"9\"/></w:pPr><w:r><w:t>Body level overrides</w:t></w:r></w:p>",
        };

        var blocks = (await fixture.ExtractAsync()).Blocks;

        Assert.Equal(
            [(BlockKind.Heading, 3), (BlockKind.Heading, 1), (BlockKind.Paragraph, 0)],
            blocks.Select(b => (b.Kind, b.HeadingLevel)));
    }

    [Fact]
    public async Task Extract_MultilevelList_GivesVisibleNumbersAndLevels()
    {
        var fixture = new DocxFixture
        {
            Numbering = MultilevelNumbering,
            Body = NumberedPara(1, 0, "Welcome")
                + NumberedPara(1, 0, "Minutes of the last meeting")
                + NumberedPara(1, 1, "Accuracy")
                + NumberedPara(1, 1, "Matters arising")
                + NumberedPara(1, 0, "Finance report")
                + NumberedPara(1, 2, "Month 6 position")
                + NumberedPara(1, 2, "Forecast")
                + NumberedPara(1, 3, "Risks")
                + NumberedPara(2, 0, "A bullet point"),
        };

        var blocks = (await fixture.ExtractAsync()).Blocks;

        Assert.All(blocks, b => Assert.Equal(BlockKind.ListItem, b.Kind));
        Assert.Equal(
            ["1", "2", "2.1", "2.2", "3", "(a)", "(b)", "i)", "•"],
            blocks.Select(b => b.ListNumber));
        Assert.Equal([0, 0, 1, 1, 0, 2, 2, 3, 0], blocks.Select(b => b.ListLevel));
        Assert.Equal("Matters arising", blocks[3].Text);
    }

    [Fact]
    public async Task Extract_StartOverride_RestartsOrSetsTheCounter()
    {
        var fixture = new DocxFixture
        {
            Numbering = MultilevelNumbering,
            Body = NumberedPara(1, 0, "First list, one")
                + NumberedPara(1, 0, "First list, two")
                + NumberedPara(3, 0, "Restarted list, one")
                + NumberedPara(3, 0, "Restarted list, two")
                + NumberedPara(4, 0, "Starts at seven")
                + NumberedPara(1, 0, "First list continues"),
        };

        var numbers = (await fixture.ExtractAsync()).Blocks.Select(b => b.ListNumber);

        Assert.Equal(["1", "2", "1", "2", "7", "3"], numbers);
    }

    [Fact]
    public async Task Extract_NumberedHeadingStyles_KeepHeadingsWithNumberInFront()
    {
        var fixture = new DocxFixture
        {
            Styles = """
                <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:numId w:val="5"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
                <w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Heading1"/><w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr><w:outlineLvl w:val="1"/></w:pPr></w:style>
                """,
            Numbering = """
                <w:abstractNum w:abstractNumId="9">
                  <w:lvl w:ilvl="0"><w:start w:val="4"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading1"/><w:lvlText w:val="%1"/></w:lvl>
                  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading2"/><w:lvlText w:val="%1.%2"/></w:lvl>
                </w:abstractNum>
                <w:num w:numId="5"><w:abstractNumId w:val="9"/></w:num>
                """,
            Body = StyledPara("Heading1", "Medicines management")
                + StyledPara("Heading2", "Formulary")
                + StyledPara("Heading2", "Antibiotic prescribing")
                + Para("The Committee NOTED the report."),
        };

        var blocks = (await fixture.ExtractAsync()).Blocks;

        Assert.Equal(
            [(BlockKind.Heading, 1, "4 Medicines management"), (BlockKind.Heading, 2, "4.1 Formulary"), (BlockKind.Heading, 2, "4.2 Antibiotic prescribing"), (BlockKind.Paragraph, 0, "The Committee NOTED the report.")],
            blocks.Select(b => (b.Kind, b.HeadingLevel, b.Text)));
    }

    [Fact]
    public async Task Extract_ListNumberingFromParagraphStyle_IsListItem()
    {
        var fixture = new DocxFixture
        {
            Styles = """
                <w:style w:type="paragraph" w:styleId="AgendaList"><w:name w:val="Agenda List"/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
                """,
            Numbering = MultilevelNumbering,
            Body = NumberedPara(1, 0, "Item") + StyledPara("AgendaList", "Sub item") + StyledPara("AgendaList", "Another"),
        };

        var blocks = (await fixture.ExtractAsync()).Blocks;

        Assert.Equal(["1", "1.1", "1.2"], blocks.Select(b => b.ListNumber));
        Assert.Equal("Agenda List", blocks[1].Style?.StyleName);
    }

    [Fact]
    public async Task Extract_NumIdZero_RemovesStyleNumbering()
    {
        var fixture = new DocxFixture
        {
            Styles = """<w:style w:type="paragraph" w:styleId="AgendaList"><w:name w:val="Agenda List"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>""",
            Numbering = MultilevelNumbering,
            Body = "<w:p><w:pPr><w:pStyle w:val=\"AgendaList\"/><w:numPr><w:numId w:val=\"0\"/></w:numPr></w:pPr><w:r><w:t>Not numbered</w:t></w:r></w:p>",
        };

        var block = Assert.Single((await fixture.ExtractAsync()).Blocks);

        Assert.Equal(BlockKind.Paragraph, block.Kind);
    }
}
