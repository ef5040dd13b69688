using TranscriptMiner.Abstractions;
using TranscriptMiner.Core.Model;
using TranscriptMiner.Core.Segmentation;

namespace TranscriptMiner.Core.Tests.Segmentation;

public sealed class MinutesSegmentationTests
{
    private static SegmentedDocument Segment(ExtractedDocument document) =>
        new DocumentSegmenter(new SegmentationOptions { MaxWords = 400, MinWords = 3 }).Segment(document, DocumentKind.Minutes);

    [Fact]
    public void Segment_Minutes_ProducesPreambleAttendanceItemsAndActionLog()
    {
        var result = Segment(SampleDocuments.Minutes());

        var summary = result.Segments.Select(s => (s.Kind, s.AgendaItemNumber, s.AgendaItemTitle)).ToArray();
        Assert.Equal(
            [
                (SegmentKind.Preamble, null, null),
                (SegmentKind.Attendance, null, null),
                (SegmentKind.AgendaItem, "1", "Welcome and introductions"),
                (SegmentKind.AgendaItem, "2", "Declarations of interest"),
                (SegmentKind.AgendaItem, "4", "Quality and prescribing"),
                (SegmentKind.AgendaItem, "4.1", "Primary care dashboard"),
                (SegmentKind.AgendaItem, "4.2", "Antibiotic prescribing"),
                (SegmentKind.AgendaItem, "Item 7", "Estates strategy"),
                (SegmentKind.AgendaItem, "PCCC/21/045", "Local enhanced services"),
                (SegmentKind.AgendaItem, "GB 22-23/14", "Risk register"),
                (SegmentKind.ActionLog, null, null),
            ],
            summary);
    }

    [Fact]
    public void Segment_Minutes_AttendanceCoversPresentInAttendanceAndApologies()
    {
        var attendance = Segment(SampleDocuments.Minutes()).Segments.Single(s => s.Kind == SegmentKind.Attendance);

        Assert.StartsWith("Present:", attendance.Text, StringComparison.Ordinal);
        Assert.EndsWith("Apologies: Dr Ravi Patel (GP Member)", attendance.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Segment_Minutes_LongNumberedParagraphAndSubListStayInTheirItem()
    {
        var item = Segment(SampleDocuments.Minutes()).Segments.Single(s => s.AgendaItemNumber == "4.2");

        Assert.Contains("4.2.1 The committee noted", item.Text, StringComparison.Ordinal);
        Assert.Contains("(a) Practices to be contacted", item.Text, StringComparison.Ordinal);
        Assert.Equal(["4 Quality and prescribing"], item.HeadingPath);
        Assert.Equal(2, item.PageStart);
    }

    [Fact]
    public void Segment_Minutes_ActionLogKeepsRowsTogetherWithPages()
    {
        var log = Segment(SampleDocuments.Minutes()).Segments.Single(s => s.Kind == SegmentKind.ActionLog);

        Assert.StartsWith("Action log\n\nAction | Owner | Due date", log.Text, StringComparison.Ordinal);
        Assert.EndsWith("Update the risk register | Tom Hale | 14/04/2021", log.Text, StringComparison.Ordinal);
        Assert.Equal(3, log.PageStart);
        Assert.Equal(3, log.PageEnd);
    }

    [Fact]
    public void Segment_ActionTableWithoutTitle_IsRecognisedByHeader()
    {
        var result = Segment(new ExtractedDocument(
        [
            ExtractedBlock.Paragraph("1. Finance report"),
            ExtractedBlock.Paragraph("The committee noted the report and the forecast position for the year."),
            ExtractedBlock.TableRow(["No.", "Action", "Lead", "Date"], isHeader: true),
            ExtractedBlock.TableRow(["1", "Recovery plan", "CFO", "May"]),
        ]));

        Assert.Equal([SegmentKind.AgendaItem, SegmentKind.ActionLog], result.Segments.Select(s => s.Kind));
    }

    [Fact]
    public void Segment_OtherTableInsideItem_IsTableSegmentWithItemProvenance()
    {
        var result = Segment(new ExtractedDocument(
        [
            ExtractedBlock.Paragraph("3. Performance report"),
            ExtractedBlock.Paragraph("The committee received the performance report for the quarter and discussed it."),
            ExtractedBlock.TableRow(["Measure", "Target", "Actual"], isHeader: true),
            ExtractedBlock.TableRow(["A&E 4 hours", "95%", "81%"]),
            ExtractedBlock.Paragraph("The committee noted the A&E position and asked for a recovery trajectory next month."),
        ]));

        Assert.Equal([SegmentKind.AgendaItem, SegmentKind.Table, SegmentKind.AgendaItem], result.Segments.Select(s => s.Kind));
        Assert.All(result.Segments, s => Assert.Equal("3", s.AgendaItemNumber));
    }

    [Theory]
    [InlineData("Agenda item 7 Finance", "Agenda item 7", "Finance")]
    [InlineData("GB/22/14 Finance", "GB/22/14", "Finance")]
    [InlineData("QPC 21/03 Finance", "QPC 21/03", "Finance")]
    [InlineData("7a Finance", "7a", "Finance")]
    [InlineData("Minute 45/21 Finance", "Minute 45/21", "Finance")]
    [InlineData("4.2.1 Finance", "4.2.1", "Finance")]
    [InlineData("1 Finance", "1", "Finance")]
    public void Segment_AgendaNumberForms_AreRecognised(string line, string number, string title)
    {
        var result = Segment(new ExtractedDocument([ExtractedBlock.Paragraph(line), ExtractedBlock.Paragraph("The committee noted the finance report.")]));

        var item = Assert.Single(result.Segments);
        Assert.Equal(number, item.AgendaItemNumber);
        Assert.Equal(title, item.AgendaItemTitle);
    }

    [Theory]
    [InlineData("12 members attended")]
    [InlineData("3. The committee noted the report and agreed that the practices should be written to before the next meeting of the committee.")]
    [InlineData("2021 was a difficult year")]
    [InlineData("5")]
    [InlineData("14 March 2021")]
    [InlineData("3rd March 2021")]
    public void Segment_NumberedSentences_AreNotAgendaItems(string line)
    {
        var result = Segment(new ExtractedDocument([ExtractedBlock.Paragraph("1. Finance"), ExtractedBlock.Paragraph(line)]));

        var item = Assert.Single(result.Segments);
        Assert.Equal("1", item.AgendaItemNumber);
    }

    [Fact]
    public void Segment_LongItem_SplitsButEveryPartKeepsNumberAndTitle()
    {
        var result = new DocumentSegmenter(new SegmentationOptions { MaxWords = 50, MinWords = 5 }).Segment(
            new ExtractedDocument([ExtractedBlock.Heading("5. Antibiotic prescribing", 2), ExtractedBlock.Paragraph(SampleDocuments.Sentences(12))]),
            DocumentKind.Minutes);

        Assert.True(result.Segments.Count >= 3);
        Assert.All(result.Segments, s =>
        {
            Assert.Equal("5", s.AgendaItemNumber);
            Assert.Equal("Antibiotic prescribing", s.AgendaItemTitle);
            Assert.Equal(SegmentKind.AgendaItem, s.Kind);
        });
    }

    [Fact]
    public void Segment_MinutesLaidOutAsTable_RowsWithNumbersStartItems()
    {
        var discussion = "The committee received the report and discussed the forecast position in detail with the finance team present.";
        var result = Segment(new ExtractedDocument(
        [
            ExtractedBlock.Paragraph("Present: Dr Jane Okafor (Chair)"),
            ExtractedBlock.TableRow(["Item", "Minute", "Action"], isHeader: true),
            ExtractedBlock.TableRow(["1.", "Welcome and apologies", ""]),
            ExtractedBlock.TableRow(["", discussion, "JO"]),
            ExtractedBlock.TableRow(["2.", "Finance report", ""]),
            ExtractedBlock.TableRow(["", discussion, "TH"]),
        ]));

        Assert.Equal(
            [(SegmentKind.Attendance, null, null), (SegmentKind.AgendaItem, "1", "Welcome and apologies"), (SegmentKind.AgendaItem, "2", "Finance report")],
            result.Segments.Select(s => (s.Kind, s.AgendaItemNumber, s.AgendaItemTitle)));
        Assert.Contains("Item | Minute | Action", result.Segments[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Segment_NumberedDataTable_StaysATable()
    {
        var result = Segment(new ExtractedDocument(
        [
            ExtractedBlock.Paragraph("3. Performance"),
            ExtractedBlock.TableRow(["1", "Practice A", "95%"]),
            ExtractedBlock.TableRow(["2", "Practice B", "91%"]),
        ]));

        Assert.Equal([SegmentKind.AgendaItem, SegmentKind.Table], result.Segments.Select(s => s.Kind));
        Assert.Equal("3", result.Segments[1].AgendaItemNumber);
    }

    [Fact]
    public void Segment_AttendanceWordInSentence_IsNotAttendance()
    {
        var result = Segment(new ExtractedDocument(
        [
            ExtractedBlock.Paragraph("Attendance at A&E fell in the winter months"),
            ExtractedBlock.Paragraph("Present challenges include workforce"),
        ]));

        Assert.DoesNotContain(result.Segments, s => s.Kind == SegmentKind.Attendance);
    }

    [Fact]
    public void Segment_NumberedPointsInsideAnItem_DoNotStartItems()
    {
        var result = Segment(new ExtractedDocument(
        [
            ExtractedBlock.Paragraph("5. Estates strategy"),
            ExtractedBlock.Paragraph("The committee agreed the following:"),
            ExtractedBlock.Paragraph("1. Recovery plan"),
            ExtractedBlock.ListItem("Workforce plan", "2.", level: 1),
            ExtractedBlock.Paragraph("6. Any other business"),
        ]));

        Assert.Equal(["5", "6"], result.Segments.Select(s => s.AgendaItemNumber));
        Assert.Contains("1. Recovery plan", result.Segments[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Segment_OnlyLongNumberedParagraphs_FallsBackToTopLevelNumbers()
    {
        var result = Segment(new ExtractedDocument(
        [
            ExtractedBlock.Paragraph("Minutes of the Finance Committee"),
            ExtractedBlock.Paragraph("1. The Chair welcomed members and noted that apologies had been received from two members of the committee."),
            ExtractedBlock.Paragraph("1.1 The committee noted that the meeting was quorate and that no declarations of interest had been made."),
            ExtractedBlock.Paragraph("2. The committee received the finance report for month six and noted the forecast deficit for the year."),
        ]));

        Assert.Equal([null, "1", "2"], result.Segments.Select(s => s.AgendaItemNumber));
        Assert.All(result.Segments, s => Assert.Null(s.AgendaItemTitle));
    }

    [Fact]
    public void Segment_UnnumberedHeadingsAfterTheTitle_AreItems()
    {
        var result = Segment(new ExtractedDocument(
        [
            ExtractedBlock.Heading("Minutes of the Finance Committee", 1),
            ExtractedBlock.Heading("Finance report", 2),
            ExtractedBlock.Paragraph("The committee noted the forecast deficit."),
            ExtractedBlock.Heading("Quality report", 2),
            ExtractedBlock.Paragraph("The committee noted the quality dashboard."),
        ]));

        Assert.Equal(
            [(SegmentKind.Preamble, null), (SegmentKind.AgendaItem, "Finance report"), (SegmentKind.AgendaItem, "Quality report")],
            result.Segments.Select(s => (s.Kind, s.AgendaItemTitle)));
    }

    [Fact]
    public void Segment_HeadingsBeforeAttendance_StayInPreambleAndAttendanceTableJoinsAttendance()
    {
        var result = Segment(new ExtractedDocument(
        [
            ExtractedBlock.Heading("Wyford Integrated Care Board", 1),
            ExtractedBlock.Heading("Primary Care Commissioning Committee", 1),
            ExtractedBlock.Paragraph("Minutes of the meeting held on Wednesday 9 November 2022"),
            ExtractedBlock.Paragraph("Present:"),
            ExtractedBlock.TableRow(["Name", "Role"], isHeader: true),
            ExtractedBlock.TableRow(["Margaret Oyelaran", "Chair"]),
            ExtractedBlock.Paragraph("In attendance: Imran Qureshi (Head of Analytics)"),
            ExtractedBlock.Paragraph("Apologies: Peter Hollins (Director of Nursing)"),
            ExtractedBlock.Heading("PCCC/22/045 Welcome and apologies", 2),
            ExtractedBlock.Paragraph("The Chair welcomed members."),
        ]));

        Assert.Equal(
            [(SegmentKind.Preamble, null), (SegmentKind.Attendance, null), (SegmentKind.AgendaItem, "PCCC/22/045")],
            result.Segments.Select(s => (s.Kind, s.AgendaItemNumber)));
        Assert.Contains("Margaret Oyelaran", result.Segments[1].Text, StringComparison.Ordinal);
        Assert.EndsWith("Peter Hollins (Director of Nursing)", result.Segments[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Segment_UnnumberedHeadingWithProseBeforeAnApologiesHeading_IsAnItem()
    {
        var result = Segment(new ExtractedDocument(
        [
            ExtractedBlock.Heading("Minutes of the Finance Committee", 1),
            ExtractedBlock.Heading("Welcome", 2),
            ExtractedBlock.Paragraph("The Chair welcomed members to the meeting."),
            ExtractedBlock.Heading("Apologies", 2),
            ExtractedBlock.Paragraph("Apologies were received from Dr Smith."),
            ExtractedBlock.Heading("Finance report", 2),
            ExtractedBlock.Paragraph("The committee noted the forecast deficit."),
        ]));

        Assert.Equal(
            [(SegmentKind.Preamble, null), (SegmentKind.AgendaItem, "Welcome"), (SegmentKind.AgendaItem, "Apologies"), (SegmentKind.AgendaItem, "Finance report")],
            result.Segments.Select(s => (s.Kind, s.AgendaItemTitle)));
    }

    [Fact]
    public void Segment_PlainNumberedListInsideReferencedItem_StaysInTheItem()
    {
        var result = Segment(new ExtractedDocument(
        [
            ExtractedBlock.Paragraph("PCCC/22/048 Branch surgery closure"),
            ExtractedBlock.Paragraph("The Committee considered the application."),
            ExtractedBlock.ListItem("NOTED the patient engagement report;", "1."),
            ExtractedBlock.ListItem("DEFERRED a decision to the December meeting", "2."),
            ExtractedBlock.Paragraph("PCCC/22/049 Access dashboard"),
            ExtractedBlock.Paragraph("The Committee NOTED the dashboard."),
        ]));

        Assert.Equal(["PCCC/22/048", "PCCC/22/049"], result.Segments.Select(s => s.AgendaItemNumber));
        Assert.Contains("2. DEFERRED a decision", result.Segments[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Segment_NumberedListAfterColon_StaysInTheItem()
    {
        var result = Segment(new ExtractedDocument(
        [
            ExtractedBlock.Paragraph("1. Finance report"),
            ExtractedBlock.Paragraph("The Committee:"),
            ExtractedBlock.ListItem("NOTED the report;", "1."),
            ExtractedBlock.ListItem("APPROVED the recovery plan", "2."),
            ExtractedBlock.ListItem("ASKED for a monthly update", "3."),
            ExtractedBlock.Paragraph("2. Quality report"),
            ExtractedBlock.Paragraph("The Committee NOTED the quality report."),
        ]));

        Assert.Equal(["1", "2"], result.Segments.Select(s => s.AgendaItemNumber));
        Assert.Contains("3. ASKED for a monthly update", result.Segments[0].Text, StringComparison.Ordinal);
        Assert.Equal("Quality report", result.Segments[1].AgendaItemTitle);
    }
}
