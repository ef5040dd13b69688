using TranscriptMiner.Abstractions;

namespace TranscriptMiner.Plugins.Tests.Text;

public sealed class MarkdownTests
{
    [Fact]
    public async Task Extract_AtxHeadings_CarryLevels()
    {
        var document = await TextExtraction.RunAsync("# Board papers\n\n## 4.2 Finance ##\n\n###### Tiny\n\n#hashtag\n", "paper.md");

        Assert.Equal(
            [(BlockKind.Heading, "Board papers", 1), (BlockKind.Heading, "4.2 Finance", 2), (BlockKind.Heading, "Tiny", 6), (BlockKind.Paragraph, "#hashtag", 0)],
            document.Blocks.Select(b => (b.Kind, b.Text, b.HeadingLevel)));
        Assert.Equal("Board papers", document.Properties.Title);
    }

    [Fact]
    public async Task Extract_ListItems_KeepVisibleNumbersAndLevels()
    {
        var document = await TextExtraction.RunAsync("- first\n* second\n  - nested\n4. fourth\n   wrapped on\n10) tenth\n", "list.md");

        Assert.Equal(
            [("first", "\u2022", 0), ("second", "\u2022", 0), ("nested", "\u2022", 1), ("fourth wrapped on", "4.", 0), ("tenth", "10)", 0)],
            document.Blocks.Select(b => (b.Text, b.ListNumber!, b.ListLevel)));
        Assert.All(document.Blocks, b => Assert.Equal(BlockKind.ListItem, b.Kind));
    }

    [Fact]
    public async Task Extract_PipeTable_RowsWithHeaderAndNoSeparator()
    {
        const string Markdown = "| Action | Owner |\n|---|:---:|\n| Review **KPI** data | GP lead |\n| Share dashboard | ICB |\n";

        var document = await TextExtraction.RunAsync(Markdown, "actions.md");

        Assert.Equal(3, document.Blocks.Count);
        Assert.All(document.Blocks, b => Assert.Equal(BlockKind.TableRow, b.Kind));
        Assert.True(document.Blocks[0].IsHeaderRow);
        Assert.False(document.Blocks[1].IsHeaderRow);
        Assert.Equal(["Review KPI data", "GP lead"], document.Blocks[1].Cells);
        Assert.Equal("Share dashboard | ICB", document.Blocks[2].Text);
    }

    [Fact]
    public async Task Extract_InlineMarkup_Stripped()
    {
        var document = await TextExtraction.RunAsync("Use **bold**, __strong__, *em*, `code` and [the guide](https://example.org/x) in snake_case; 2 * 3.", "inline.md");

        Assert.Equal("Use bold, strong, em, code and the guide in snake_case; 2 * 3.", Assert.Single(document.Blocks).Text);
    }

    [Fact]
    public async Task Extract_BoldSpeakerLabels_KeptAsSeparateParagraphs()
    {
        var document = await TextExtraction.RunAsync("**Interviewer:** Why?\n**R:** Because the data were late.\n", "t.md");

        Assert.Equal(["Interviewer: Why?", "R: Because the data were late."], document.Blocks.Select(b => b.Text));
    }

    [Fact]
    public async Task Extract_ManyOpenBracketsOnOneLine_CompletesLinearly()
    {
        var line = string.Concat(Enumerable.Repeat("[a(", 200_000));

        var document = await TextExtraction.RunAsync(line, "brackets.md");

        Assert.Equal(line.Length, document.Blocks.Sum(b => b.Text.Length));
    }
}
