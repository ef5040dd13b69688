using TranscriptMiner.Abstractions;
using static TranscriptMiner.Plugins.Tests.Captions.CaptionExtraction;

namespace TranscriptMiner.Plugins.Tests.Captions;

public sealed class SubRipTests
{
    [Fact]
    public async Task Extract_SpeakerPrefixes_BecomeVoicesAndMerge()
    {
        const string Srt = """
            1
            00:00:01,000 --> 00:00:04,000
            {\an8}<i>CHAIR: Good evening.</i>

            2
            00:00:04,000 --> 00:00:06,500
            CHAIR: Item one is the finance report.

            3
            00:00:07,000 --> 00:00:09,000
            - Mrs Jones: The deficit
            is larger than planned.

            4
            00:00:09,000 --> 00:00:10,000
            <font color="#ffffff">Noted.</font>
            """;

        var document = await RunAsync(Srt, "board.srt", MediaTypeNames.SubRip);

        Assert.Equal(
            [("CHAIR", "Good evening. Item one is the finance report.", At(0, 1), At(0, 6, 500)),
             ("Mrs Jones", "The deficit is larger than planned.", At(0, 7), At(0, 9)),
             (null, "Noted.", At(0, 9), At(0, 10))],
            document.Blocks.Select(b => (b.Voice, b.Text, b.Start, b.End)));
    }

    [Fact]
    public async Task Extract_TwoSpeakersInOneCue_SplitIntoTwoBlocks()
    {
        const string Srt = "1\n00:00:01,000 --> 00:00:03,000\n- ANN: Ready?\n- BOB: Yes.\n";

        var document = await RunAsync(Srt, "a.srt", MediaTypeNames.SubRip);

        Assert.Equal([("ANN", "Ready?"), ("BOB", "Yes.")], document.Blocks.Select(b => (b.Voice!, b.Text)));
        Assert.All(document.Blocks, b => Assert.Equal(At(0, 1), b.Start));
    }

    [Fact]
    public async Task Extract_CueWithoutText_SkippedWithWarning()
    {
        const string Srt = "1\n00:00:01,000 --> 00:00:02,000\n<i></i>\n\n2\n00:00:02,000 --> 00:00:03,000\nHello.\n";

        var document = await RunAsync(Srt, "a.srt", MediaTypeNames.SubRip);

        Assert.Equal("Hello.", Assert.Single(document.Blocks).Text);
        Assert.Equal("skipped-cue", Assert.Single(document.Warnings).Code);
    }

    [Fact]
    public async Task Extract_CuesWithoutBlankLinesBetween_StillSeparated()
    {
        const string Srt = "1\n00:00:01,000 --> 00:00:02,000\nFirst.\n2\n00:00:03,000 --> 00:00:04,000\nSecond.\n00:00:05,000 --> 00:00:06,000\nThird.\n";

        var document = await RunAsync(Srt, "a.srt", MediaTypeNames.SubRip);

        Assert.Equal(
            [("First.", At(0, 1)), ("Second.", At(0, 3)), ("Third.", At(0, 5))],
            document.Blocks.Select(b => (b.Text, b.Start!.Value)));
        Assert.Empty(document.Warnings);
    }
}
