using TranscriptMiner.Abstractions;
using static TranscriptMiner.Plugins.Tests.Captions.CaptionExtraction;

namespace TranscriptMiner.Plugins.Tests.Captions;

public sealed class WebVttTests
{
    [Fact]
    public async Task Extract_ConsecutiveCuesOfOneVoice_MergedIntoTurn()
    {
        const string Vtt = """
            WEBVTT - Governing Body, 12 May

            NOTE This meeting was recorded
            by the ICB.

            STYLE
            ::cue { color: yellow }

            intro-1
            00:00:01.000 --> 00:00:04.000 align:start position:10%
            <v Chair>Welcome to the meeting.

            intro-2
            00:00:04.500 --> 00:00:07.250
            <v Chair>Apologies first.

            00:00:08.000 --> 00:00:10.000
            <v.loud Dr Patel>Thank you, Chair.

            01:02.000 --> 01:05.500
            <v Chair>Item four.
            """;

        var document = await RunAsync(Vtt);

        Assert.Equal(3, document.Blocks.Count);
        Assert.All(document.Blocks, b => Assert.Equal(BlockKind.CaptionCue, b.Kind));
        Assert.Equal(("Welcome to the meeting. Apologies first.", At(0, 1), At(0, 7, 250), "Chair"), Describe(document.Blocks[0]));
        Assert.Equal(("Thank you, Chair.", At(0, 8), At(0, 10), "Dr Patel"), Describe(document.Blocks[1]));
        Assert.Equal(("Item four.", At(1, 2), At(1, 5, 500), "Chair"), Describe(document.Blocks[2]));
        Assert.Empty(document.Warnings);
    }

    [Fact]
    public async Task Extract_MarkupAndEntities_StrippedAndDecoded()
    {
        const string Vtt = """
            WEBVTT

            00:00:01.000 --> 00:00:03.000
            <c.yellow>A&amp;E</c> waits &lt;4h&gt; are <i>up</i>&nbsp;<b>5%</b> <u>today</u> <lang en-GB>colour</lang>
            <00:00:02.000><ruby>GP<rt>gee-pee</rt></ruby>&lrm;
            """;

        var document = await RunAsync(Vtt);

        var cue = Assert.Single(document.Blocks);
        Assert.Equal("A&E waits <4h> are up 5% today colour GP gee-pee", cue.Text);
        Assert.Null(cue.Voice);
    }

    [Fact]
    public async Task Extract_VoiceChangesWithinCue_SplitsIntoTurns()
    {
        const string Vtt = """
            WEBVTT

            00:00:01.000 --> 00:00:03.000
            <v Ann>Is the data right?</v> <v Bob>I think so.

            00:00:03.000 --> 00:00:05.000
            <v Bob>Mostly.
            """;

        var document = await RunAsync(Vtt);

        Assert.Equal(
            [("Ann", "Is the data right?"), ("Bob", "I think so. Mostly.")],
            document.Blocks.Select(b => (b.Voice!, b.Text)));
        Assert.Equal(At(0, 5), document.Blocks[1].End);
    }

    [Fact]
    public async Task Extract_UnvoicedCueAfterVoicedCue_KeepsVoiceNullAndDoesNotMerge()
    {
        const string Vtt = """
            WEBVTT

            00:01.000 --> 00:02.000
            <v Ann>Hello.

            00:02.000 --> 00:03.000
            Applause.

            00:03.000 --> 00:04.000
            Ann: Thanks.
            """;

        var document = await RunAsync(Vtt);

        Assert.Equal([("Ann", "Hello."), (null, "Applause."), ("Ann", "Thanks.")], document.Blocks.Select(b => (b.Voice, b.Text)));
    }

    [Fact]
    public async Task Extract_MalformedAndAbsurdTimings_WarnInsteadOfThrowing()
    {
        const string Vtt = """
            WEBVTT

            00:00:01.000 --> 00:00:03.000
            First.

            00:00:xx.000 --> 00:00:05.000
            Bad timestamp.

            100:00:00.000 --> 100:00:01.000
            Hours above 99.

            -00:00:01.000 --> 00:00:02.000
            Negative.

            00:00:06.000 --> 00:00:05.000
            Ends before it starts.

            00:00:05.500 --> 00:00:07.000

            00:00:06.500 --> 00:00:08.000
            Overlaps the previous one.

            just some text without timing
            """;

        var document = await RunAsync(Vtt);

        Assert.Equal(["First.", "Ends before it starts.", "Overlaps the previous one."], document.Blocks.Select(b => b.Text));
        Assert.Equal(document.Blocks[1].Start, document.Blocks[1].End);
        Assert.Equal(5, document.Warnings.Count(w => w.Code == "skipped-cue"));
        Assert.Contains(document.Warnings, w => w.Code == "repaired-timing");
    }

    [Fact]
    public async Task Extract_OverlappingCue_CutsPreviousCueShort()
    {
        const string Vtt = "WEBVTT\n\n00:00:01.000 --> 00:00:05.000\nOne.\n\n00:00:03.000 --> 00:00:06.000\nTwo.\n";

        var document = await RunAsync(Vtt);

        Assert.Equal(At(0, 3), document.Blocks[0].End);
        Assert.Equal("repaired-timing", Assert.Single(document.Warnings).Code);
    }

    [Fact]
    public async Task Extract_NoValidCue_ThrowsCorrupt()
    {
        const string Vtt = "WEBVTT\n\nNOTE nothing here\n\n00:00:aa --> 00:00:bb\nBroken.\n";

        var error = await Assert.ThrowsAsync<ExtractionException>(() => RunAsync(Vtt));

        Assert.Equal(ExtractionFailureKind.Corrupt, error.Kind);
        Assert.Equal("no valid caption cue found", error.Message);
    }

    [Fact]
    public async Task Extract_EmptyFile_ThrowsCorrupt()
    {
        var error = await Assert.ThrowsAsync<ExtractionException>(() => RunAsync(string.Empty));

        Assert.Equal(ExtractionFailureKind.Corrupt, error.Kind);
    }

    [Fact]
    public async Task Extract_HugeCueLineOfUnclosedMarkup_CompletesAndKeepsText()
    {
        var line = string.Concat(Enumerable.Repeat("<b{\\", 500_000));

        var document = await RunAsync("WEBVTT\n\n00:01.000 --> 00:02.000\n" + line + "\n");

        Assert.Equal(line.Length, Assert.Single(document.Blocks).Text.Length);
    }

    private static (string Text, TimeSpan? Start, TimeSpan? End, string? Voice) Describe(ExtractedBlock block) =>
        (block.Text, block.Start, block.End, block.Voice);

    [Theory]
    [InlineData("WEBVTT - Eastmere ICB, Board meeting in public, 14 June 2023", "Eastmere ICB, Board meeting in public, 14 June 2023")]
    [InlineData("\uFEFFWEBVTT Governing Body", "Governing Body")]
    [InlineData("WEBVTT", null)]
    [InlineData("WEBVTT -", null)]
    public async Task Extract_HeaderText_BecomesTitle(string header, string? title)
    {
        var document = await RunAsync(header + "\n\n00:00:01.000 --> 00:00:04.000\n<v Chair>Welcome.\n");

        Assert.Equal(title, document.Properties.Title);
    }
}
