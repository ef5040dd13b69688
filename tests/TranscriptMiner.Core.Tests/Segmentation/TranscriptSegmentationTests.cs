using TranscriptMiner.Abstractions;
using TranscriptMiner.Core.Model;
using TranscriptMiner.Core.Segmentation;

namespace TranscriptMiner.Core.Tests.Segmentation;

public sealed class TranscriptSegmentationTests
{
    private static SegmentedDocument Segment(ExtractedDocument document) =>
        new DocumentSegmenter(new SegmentationOptions { MaxWords = 400, MinWords = 3 }).Segment(document, DocumentKind.Transcript);

    [Fact]
    public void Segment_InterviewWithLabels_MakesTurnsKeepingLabelsInText()
    {
        var result = Segment(SampleDocuments.InterviewTranscript());

        var kinds = result.Segments.Select(s => (s.Kind, s.Speaker)).ToArray();
        Assert.Equal(
            [
                (SegmentKind.Preamble, null),
                (SegmentKind.SpeakerTurn, "Interviewer"),
                (SegmentKind.SpeakerTurn, "P12"),
                (SegmentKind.SpeakerTurn, "Interviewer"),
                (SegmentKind.SpeakerTurn, "P12"),
            ],
            kinds);
        Assert.StartsWith("Interviewer: So tell me", result.Segments[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Segment_ParagraphWithoutLabel_ContinuesPreviousTurn()
    {
        var result = Segment(SampleDocuments.InterviewTranscript());

        var p12 = result.Segments[2];
        Assert.Contains("It took about six months", p12.Text, StringComparison.Ordinal);
        Assert.Contains("\n\n", p12.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Segment_BoldPrefixWithoutColon_IsSpeaker()
    {
        var result = Segment(SampleDocuments.InterviewTranscript());

        Assert.StartsWith("Interviewer So what changed", result.Segments[3].Text, StringComparison.Ordinal);
        Assert.Equal("Interviewer", result.Segments[3].Speaker);
    }

    [Fact]
    public void Segment_NoteLabel_IsNotASpeaker()
    {
        var result = Segment(SampleDocuments.InterviewTranscript());

        Assert.DoesNotContain(result.Segments, s => s.Speaker == "Note");
        Assert.EndsWith("removed from the transcript.", result.Segments[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Segment_CaptionCuesWithVoices_MergesConsecutiveCuesIntoTurnsWithTimes()
    {
        var result = Segment(SampleDocuments.CaptionTranscript());

        Assert.Equal(3, result.Segments.Count);
        Assert.All(result.Segments, s => Assert.Equal(SegmentKind.SpeakerTurn, s.Kind));
        Assert.Equal(["Chair", "Chief Finance Officer", "Chair"], result.Segments.Select(s => s.Speaker));
        Assert.Equal(TimeSpan.FromSeconds(1), result.Segments[0].CueStart);
        Assert.Equal(TimeSpan.FromSeconds(8), result.Segments[0].CueEnd);
        Assert.Equal(TimeSpan.FromSeconds(9), result.Segments[1].CueStart);
        Assert.Equal(TimeSpan.FromSeconds(19), result.Segments[1].CueEnd);
        Assert.Equal(0, result.Segments[0].PageStart);
    }

    [Theory]
    [InlineData("I: How long have you been in post?", "I")]
    [InlineData("R: About three years now, since the merger.", "R")]
    [InlineData("Participant 3: We never saw the data.", "Participant 3")]
    [InlineData("Dr Jane Smith: I would challenge that figure.", "Dr Jane Smith")]
    [InlineData("Dr Smith: I would challenge that figure.", "Dr Smith")]
    [InlineData("CHAIR: Can we move on to item five please.", "CHAIR")]
    [InlineData("Mr A. Khan: The practices were not consulted.", "Mr A. Khan")]
    [InlineData("Cllr Jones: This matters to my residents.", "Cllr Jones")]
    [InlineData("[00:12:31] Sarah: We looked at the dashboard.", "Sarah")]
    [InlineData("(00:12:31) Interviewer: And then?", "Interviewer")]
    [InlineData("00:12:31 P4: It was the CSU.", "P4")]
    [InlineData("Interviewer (00:12:31): And then?", "Interviewer")]
    [InlineData("Dr Smith (GP): We were never asked.", "Dr Smith (GP)")]
    public void Segment_LabelForms_AreRecognised(string line, string speaker)
    {
        var result = Segment(new ExtractedDocument([ExtractedBlock.Paragraph(line)]));

        var turn = Assert.Single(result.Segments);
        Assert.Equal(SegmentKind.SpeakerTurn, turn.Kind);
        Assert.Equal(speaker, turn.Speaker);
    }

    [Theory]
    [InlineData("Action: the CFO to circulate the revised plan.")]
    [InlineData("Resolved: the committee approved the plan.")]
    [InlineData("Item 4: Finance report.")]
    [InlineData("Date: 14 March 2021.")]
    [InlineData("Venue: Board room.")]
    [InlineData("The main issue for us: money.")]
    [InlineData("Background: the practice list grew.")]
    [InlineData("Participant ID: P12")]
    [InlineData("Interviewer name: Sarah Jones")]
    public void Segment_SentenceOpeners_AreNotSpeakers(string line)
    {
        var result = Segment(new ExtractedDocument([ExtractedBlock.Paragraph("Interview with a commissioner"), ExtractedBlock.Paragraph(line)]));

        Assert.DoesNotContain(result.Segments, s => s.Speaker is not null);
    }

    [Fact]
    public void Segment_TimestampedLines_SetCueStartFromTimestamp()
    {
        var result = Segment(new ExtractedDocument(
        [
            ExtractedBlock.Paragraph("[00:00:05] Interviewer: Thanks for joining us today."),
            ExtractedBlock.Paragraph("[00:00:09] Respondent: Happy to help with the study."),
            ExtractedBlock.Paragraph("[00:00:15] Respondent: We started with the dashboard."),
        ]));

        Assert.Equal(2, result.Segments.Count);
        Assert.Equal(TimeSpan.FromSeconds(5), result.Segments[0].CueStart);
        Assert.Equal(TimeSpan.FromSeconds(9), result.Segments[1].CueStart);
        Assert.Equal("Respondent", result.Segments[1].Speaker);
    }

    [Fact]
    public void Segment_TimestampAfterLabel_SetsCueStart()
    {
        var result = Segment(new ExtractedDocument(
        [
            ExtractedBlock.Paragraph("Interviewer: [00:00:05] Thanks for making the time.") with
            {
                Style = new StyleHints { BoldPrefixLength = "Interviewer:".Length },
            },
            ExtractedBlock.Paragraph("P04: [00:00:14] I'm the deputy director of finance."),
            ExtractedBlock.Paragraph("Interviewer: 9:30 on Monday, you said?"),
        ]));

        Assert.Equal(["Interviewer", "P04", "Interviewer"], result.Segments.Select(s => s.Speaker));
        Assert.Equal(TimeSpan.FromSeconds(5), result.Segments[0].CueStart);
        Assert.Equal(TimeSpan.FromSeconds(14), result.Segments[1].CueStart);
        Assert.Null(result.Segments[2].CueStart);
    }

    [Fact]
    public void Segment_WeakNameLabelUsedTwice_IsSpeaker()
    {
        var result = Segment(new ExtractedDocument(
        [
            ExtractedBlock.Paragraph("Sarah: We looked at the dashboard every month."),
            ExtractedBlock.Paragraph("Tom Baker: And did anyone trust it?"),
            ExtractedBlock.Paragraph("Sarah: Not really, not at first."),
            ExtractedBlock.Paragraph("Tom Baker: Why not?"),
        ]));

        Assert.Equal(["Sarah", "Tom Baker", "Sarah", "Tom Baker"], result.Segments.Select(s => s.Speaker));
    }

    [Fact]
    public void Segment_TranscriptWithoutAnyTurns_FallsBackToParagraphs()
    {
        var result = Segment(new ExtractedDocument([ExtractedBlock.Paragraph("Just some text."), ExtractedBlock.Paragraph("More text.")]));

        var segment = Assert.Single(result.Segments);
        Assert.Equal(SegmentKind.Paragraph, segment.Kind);
    }

    [Fact]
    public void Segment_TranscriptLaidOutAsTable_UsesSpeakerColumn()
    {
        var result = Segment(new ExtractedDocument(
        [
            ExtractedBlock.TableRow(["Time", "Speaker", "Text"], isHeader: true),
            ExtractedBlock.TableRow(["00:00:05", "Interviewer", "How did the committee use the data?"]),
            ExtractedBlock.TableRow(["00:00:11", "P7", "Mostly to reassure the board, if I'm honest."]),
            ExtractedBlock.TableRow(["00:00:19", "P7", "Nobody questioned the numbers."]),
        ]));

        var turns = result.Segments.Where(s => s.Kind == SegmentKind.SpeakerTurn).ToArray();
        Assert.Equal(["Interviewer", "P7"], turns.Select(s => s.Speaker));
        Assert.Equal(TimeSpan.FromSeconds(11), turns[1].CueStart);
        Assert.StartsWith("00:00:11 | P7 | Mostly", turns[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Segment_NameAndTimeLinesBeforeText_StartTurns()
    {
        var result = Segment(new ExtractedDocument(
        [
            ExtractedBlock.Paragraph("Jane Smith   0:03"),
            ExtractedBlock.Paragraph("Thanks everyone for joining the call today."),
            ExtractedBlock.Paragraph("Speaker 2 1:15"),
            ExtractedBlock.Paragraph("Happy to be here, and happy to talk about the dashboard."),
        ]));

        Assert.Equal(["Jane Smith", "Speaker 2"], result.Segments.Select(s => s.Speaker));
        Assert.Equal(TimeSpan.FromSeconds(75), result.Segments[1].CueStart);
        Assert.EndsWith("about the dashboard.", result.Segments[1].Text, StringComparison.Ordinal);
    }
}
