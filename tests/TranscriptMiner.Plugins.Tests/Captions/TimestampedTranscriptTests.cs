using TranscriptMiner.Abstractions;
using static TranscriptMiner.Plugins.Tests.Captions.CaptionExtraction;

namespace TranscriptMiner.Plugins.Tests.Captions;

public sealed class TimestampedTranscriptTests
{
    [Fact]
    public async Task Extract_BareTimestamps_EndAtNextLine()
    {
        const string Dump = """
            Interview 4 transcript
            00:12:31.280 So we looked at the
            dashboard every week.
            00:12:40 Did it help?
            00:12:45.5 Sometimes.
            """;

        var document = await RunAsync(Dump, "interview.txt", MediaTypeNames.TimestampedTranscript);

        Assert.Equal(
            [("So we looked at the dashboard every week.", At(12, 31, 280), (TimeSpan?)At(12, 40)),
             ("Did it help?", At(12, 40), At(12, 45, 500)),
             ("Sometimes.", At(12, 45, 500), null)],
            document.Blocks.Select(b => (b.Text, b.Start!.Value, b.End)));
        Assert.All(document.Blocks, b => Assert.Null(b.Voice));
    }

    [Fact]
    public async Task Extract_BracketedTimestampsWithNames_MergedPerSpeaker()
    {
        const string Dump = """
            [00:12:31] Interviewer: How do you use the data?
            [00:12:36] Interviewer: I mean the finance data.
            [12:40] P12: We trust it less.
            [00:12:55] Interviewer: Why?
            """;

        var document = await RunAsync(Dump, "interview.txt", MediaTypeNames.TimestampedTranscript);

        Assert.Equal(
            [("Interviewer", "How do you use the data? I mean the finance data.", At(12, 31), (TimeSpan?)At(12, 40)),
             ("P12", "We trust it less.", At(12, 40), At(12, 55)),
             ("Interviewer", "Why?", At(12, 55), null)],
            document.Blocks.Select(b => (b.Voice!, b.Text, b.Start!.Value, b.End)));
    }

    [Fact]
    public async Task Extract_SpeakerHeaderLines_StartEntries()
    {
        const string Dump = "Dr Smith  00:05\nWe need better data.\n\nAnn Lee  00:09\nAgreed.\n";

        var document = await RunAsync(Dump, "otter.txt", MediaTypeNames.TimestampedTranscript);

        Assert.Equal([("Dr Smith", "We need better data."), ("Ann Lee", "Agreed.")], document.Blocks.Select(b => (b.Voice!, b.Text)));
        Assert.Equal(At(0, 9), document.Blocks[0].End);
    }

    [Fact]
    public async Task Extract_MalformedTimestamps_WarnAndKeepOthers()
    {
        const string Dump = "[00:01] A: One.\n[00:7x] A: Broken.\n00:99:00 Also broken.\n[00:00] B: Back in time.\n";

        var document = await RunAsync(Dump, "t.txt", MediaTypeNames.TimestampedTranscript);

        Assert.Equal([("A", "One."), ("B", "Back in time.")], document.Blocks.Select(b => (b.Voice!, b.Text)));
        Assert.Equal(2, document.Warnings.Count(w => w.Code == "skipped-cue"));
        Assert.Equal(At(0, 1), document.Blocks[1].Start);
        Assert.Contains(document.Warnings, w => w.Code == "repaired-timing");
    }

    [Fact]
    public async Task Extract_TextWithoutTimestamps_ThrowsCorrupt()
    {
        var error = await Assert.ThrowsAsync<ExtractionException>(
            () => RunAsync("Just a note.\nNo times here.\n", "t.txt", MediaTypeNames.TimestampedTranscript));

        Assert.Equal(ExtractionFailureKind.Corrupt, error.Kind);
        Assert.Equal("no valid caption cue found", error.Message);
    }
}
