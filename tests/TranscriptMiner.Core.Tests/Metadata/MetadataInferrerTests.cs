using TranscriptMiner.Abstractions;
using TranscriptMiner.Core.Metadata;
using TranscriptMiner.Core.Model;
using TranscriptMiner.Core.Tests.Segmentation;

namespace TranscriptMiner.Core.Tests.Metadata;

public sealed class MetadataInferrerTests
{
    private readonly MetadataInferrer _inferrer = new();

    [Fact]
    public void Infer_MinutesTitleBlock_FindsKindOrganisationCommitteeAndDate()
    {
        var metadata = _inferrer.Infer(SampleDocuments.Minutes(), "pccc-2021-03.pdf");

        Assert.Equal(DocumentKind.Minutes, metadata.Kind);
        Assert.Equal("NHS Norchester CCG", metadata.Organisation);
        Assert.Equal("Primary Care Commissioning Committee", metadata.Committee);
        Assert.Equal(new DateOnly(2021, 3, 3), metadata.MeetingDate);
        Assert.Equal("Minutes of the Primary Care Commissioning Committee meeting of NHS Norchester CCG", metadata.Title);
        Assert.Empty(metadata.OverriddenFields);
    }

    [Fact]
    public void Infer_MinutesAttendance_SplitsListsWithRoles()
    {
        var metadata = _inferrer.Infer(SampleDocuments.Minutes(), "minutes.pdf");

        Assert.Equal([new Participant("Dr Jane Okafor", "Chair"), new Participant("Tom Hale", "Chief Finance Officer")], metadata.Present);
        Assert.Equal([new Participant("Sam Lee", "Minute taker"), new Participant("Priya Shah", "Head of Primary Care")], metadata.InAttendance);
        Assert.Equal([new Participant("Dr Ravi Patel", "GP Member")], metadata.Apologies);
    }

    [Fact]
    public void Infer_AttendanceTableAndInlineList_AreRead()
    {
        var document = new ExtractedDocument(
        [
            ExtractedBlock.Heading("Governing Body meeting held in public", 1),
            ExtractedBlock.Paragraph("Date: 14/03/2021"),
            ExtractedBlock.Heading("Present", 2),
            ExtractedBlock.TableRow(["Name", "Role"], isHeader: true),
            ExtractedBlock.TableRow(["Dr Jane Okafor", "Chair"]),
            ExtractedBlock.TableRow(["Tom Hale", "Chief Finance Officer"]),
            ExtractedBlock.Paragraph("Present: Ann Bell (Lay Member), Raj Gill (Director of Quality)"),
            ExtractedBlock.Paragraph("1. Apologies"),
            ExtractedBlock.Paragraph("Apologies were received from Dr Smith."),
        ]);

        var metadata = _inferrer.Infer(document, "gb.docx");

        Assert.Equal(DocumentKind.Minutes, metadata.Kind);
        Assert.Equal("Governing Body", metadata.Committee);
        Assert.Equal(new DateOnly(2021, 3, 14), metadata.MeetingDate);
        Assert.Equal(
            [
                new Participant("Dr Jane Okafor", "Chair"),
                new Participant("Tom Hale", "Chief Finance Officer"),
                new Participant("Ann Bell", "Lay Member"),
                new Participant("Raj Gill", "Director of Quality"),
            ],
            metadata.Present);

        // An "Apologies" agenda item that names people still fills the list.
        Assert.Equal([new Participant("Dr Smith")], metadata.Apologies);
    }

    [Theory]
    [InlineData("Minutes of the Board meeting of Norchester and Wyford Integrated Care Board", "Norchester and Wyford Integrated Care Board", "Board")]
    [InlineData("NHS Norchester Clinical Commissioning Group Governing Body", "NHS Norchester Clinical Commissioning Group", "Governing Body")]
    [InlineData("Quality and Performance Committee, NHS Wyford ICB", "NHS Wyford ICB", "Quality and Performance Committee")]
    [InlineData("Audit Committee of Norchester Hospitals NHS Foundation Trust", "Norchester Hospitals NHS Foundation Trust", "Audit Committee")]
    [InlineData("Wyford County Council Health Scrutiny Sub-Committee", "Wyford County Council", "Health Scrutiny Sub-Committee")]
    [InlineData("Harbridge Community NHS Foundation Trust Board of Directors", "Harbridge Community NHS Foundation Trust", "Board of Directors")]
    [InlineData("Harbridge Community NHS Foundation Trust Council of Governors", "Harbridge Community NHS Foundation Trust", "Council of Governors")]
    [InlineData("Norchester North Primary Care Network Clinical Leads Group", "Norchester North Primary Care Network", "Clinical Leads Group")]
    public void Infer_TitleForms_FindOrganisationAndCommittee(string title, string organisation, string committee)
    {
        var metadata = _inferrer.Infer(new ExtractedDocument([ExtractedBlock.Heading(title, 1)]), "x.pdf");

        Assert.Equal(organisation, metadata.Organisation);
        Assert.Equal(committee, metadata.Committee);
    }

    [Fact]
    public void Infer_CaptionCues_IsTranscript()
    {
        Assert.Equal(DocumentKind.Transcript, _inferrer.Infer(SampleDocuments.CaptionTranscript(), "meeting.vtt").Kind);
    }

    [Fact]
    public void Infer_SpeakerLabelledParagraphs_IsTranscript()
    {
        var metadata = _inferrer.Infer(SampleDocuments.InterviewTranscript(), "interview-4.docx");

        Assert.Equal(DocumentKind.Transcript, metadata.Kind);
        Assert.Equal("Interview 4: Deputy Director of Finance", metadata.Title);
        Assert.Equal(new DateOnly(2021, 3, 14), metadata.MeetingDate);
    }

    [Fact]
    public void Infer_CoverSheet_IsBoardPaperAndTakesTitleAndAuthorFromProperties()
    {
        var document = new ExtractedDocument(
        [
            ExtractedBlock.Paragraph("Agenda item: 7"),
            ExtractedBlock.Paragraph("Purpose of report: to update the Board on the financial position."),
            ExtractedBlock.Paragraph("Report author: Tom Hale, Chief Finance Officer"),
            ExtractedBlock.Paragraph("Recommendation: the Board is asked to note the report."),
        ],
        new DocumentProperties { Title = "Microsoft Word - Month 6 finance", Author = "Tom Hale" });

        var metadata = _inferrer.Infer(document, "item7.pdf");

        Assert.Equal(DocumentKind.BoardPaper, metadata.Kind);
        Assert.Equal("Month 6 finance", metadata.Title);
        Assert.Equal("Tom Hale", metadata.Author);
    }

    [Fact]
    public void Infer_NothingRecognisable_IsOtherWithFirstLineTitle()
    {
        var metadata = _inferrer.Infer(new ExtractedDocument([ExtractedBlock.Paragraph("OFFICIAL"), ExtractedBlock.Paragraph("Observation notes, practice visit")]), "notes.txt");

        Assert.Equal(DocumentKind.Other, metadata.Kind);
        Assert.Equal("Observation notes, practice visit", metadata.Title);
        Assert.Null(metadata.MeetingDate);
        Assert.Null(metadata.Organisation);
    }

    [Fact]
    public void Infer_MinutesInFileName_IsMinutes()
    {
        Assert.Equal(DocumentKind.Minutes, _inferrer.Infer(new ExtractedDocument([ExtractedBlock.Paragraph("Some text")]), "/data/gb-minutes-2021.pdf").Kind);
    }

    [Fact]
    public void Infer_PrefersDateAfterHeldOn()
    {
        var document = new ExtractedDocument(
        [
            ExtractedBlock.Paragraph("Published 01/04/2021"),
            ExtractedBlock.Paragraph("Minutes of the meeting held on 14 March 2021"),
        ]);

        Assert.Equal(new DateOnly(2021, 3, 14), _inferrer.Infer(document, "a.pdf").MeetingDate);
    }

    [Fact]
    public void Infer_DateInTitleBlock_BeatsCuedDateInAnAgendaItem()
    {
        var document = new ExtractedDocument(
        [
            ExtractedBlock.Paragraph("Harbridge Community NHS Foundation Trust"),
            ExtractedBlock.Paragraph("Board of Directors"),
            ExtractedBlock.Paragraph("Minutes of the meeting of the Board of Directors held in public on 21/07/2022 at 10:00"),
            ExtractedBlock.Paragraph("Present:"),
            ExtractedBlock.Paragraph("Alan Whitcombe - Chair"),
            ExtractedBlock.Paragraph("GB 22-23/16  Minutes of the meeting held on 16/06/2022"),
            ExtractedBlock.Paragraph("The minutes were approved as a correct record."),
            ExtractedBlock.Heading("ACTION LOG", 2),
        ]);

        var metadata = _inferrer.Infer(document, "board.txt");

        Assert.Equal(new DateOnly(2022, 7, 21), metadata.MeetingDate);
        Assert.Equal("Board of Directors", metadata.Committee);
        Assert.Equal("Harbridge Community NHS Foundation Trust", metadata.Title);
    }

    [Fact]
    public void Infer_NameDashRoleWithBracketsInRole_SplitsAtTheDash()
    {
        var document = new ExtractedDocument(
        [
            ExtractedBlock.Paragraph("Minutes of the Board of Directors"),
            ExtractedBlock.Paragraph("In attendance:"),
            ExtractedBlock.Paragraph("Fiona Marr - Trust Secretary (minutes)"),
            ExtractedBlock.Paragraph("Joseph Lyle - Head of Information"),
            ExtractedBlock.Paragraph("Apologies: Ann Bell - Non-Executive Director (Audit), Dr Raj Gill (GP)"),
        ]);

        var metadata = _inferrer.Infer(document, "board.txt");

        Assert.Equal([new Participant("Fiona Marr", "Trust Secretary (minutes)"), new Participant("Joseph Lyle", "Head of Information")], metadata.InAttendance);
        Assert.Equal([new Participant("Ann Bell", "Non-Executive Director (Audit)"), new Participant("Dr Raj Gill", "GP")], metadata.Apologies);
    }

    [Fact]
    public void Infer_NameCommaRoleWithBrackets_KeepsTheRoleWithTheName()
    {
        var document = new ExtractedDocument(
        [
            ExtractedBlock.Paragraph("Minutes of the Quality Committee"),
            ExtractedBlock.Paragraph("Present:"),
            ExtractedBlock.ListItem("Professor Ruth Allardyce, Non-Executive Member (Chair)", "\u2022"),
            ExtractedBlock.ListItem("Dr Kwame Mensah, Chief Medical Officer", "\u2022"),
            ExtractedBlock.Paragraph("Apologies: Tom Hale, Sam Lee (Director of Finance), Dr Elaine Frost, Partner Member (Primary Care)"),
        ]);

        var metadata = _inferrer.Infer(document, "quality.html");

        Assert.Equal(
            [new Participant("Professor Ruth Allardyce", "Non-Executive Member (Chair)"), new Participant("Dr Kwame Mensah", "Chief Medical Officer")],
            metadata.Present);
        Assert.Equal(
            [new Participant("Tom Hale"), new Participant("Sam Lee", "Director of Finance"), new Participant("Dr Elaine Frost", "Partner Member (Primary Care)")],
            metadata.Apologies);
    }

    [Theory]
    [InlineData("Population Health Strategy 2023 to 2028", "Our population is growing older and the gap in healthy life expectancy is widening.")]
    [InlineData("Primary care access", "The Board is asked to APPROVE the priorities for year one.")]
    [InlineData("Primary care access", "Members are asked to note the position and the risks.")]
    public void Infer_StrategyTitleOrRequestToTheMeeting_IsBoardPaper(string title, string paragraph)
    {
        var document = new ExtractedDocument([ExtractedBlock.Paragraph(title), ExtractedBlock.Heading("1 Introduction", 2), ExtractedBlock.Paragraph(paragraph)]);

        Assert.Equal(DocumentKind.BoardPaper, _inferrer.Infer(document, "x.pdf").Kind);
    }

    [Fact]
    public void Infer_TitleBlockInCapitals_FindsOrganisationAndCommittee()
    {
        var document = new ExtractedDocument(
        [
            ExtractedBlock.Paragraph("NHS WESTBURY CCG"),
            ExtractedBlock.Paragraph("GOVERNING BODY"),
            ExtractedBlock.Paragraph("Minutes of the meeting held on Tuesday 9 March 2021"),
        ]);

        var metadata = _inferrer.Infer(document, "gb.txt");

        Assert.Equal("NHS Westbury CCG", metadata.Organisation);
        Assert.Equal("Governing Body", metadata.Committee);
    }

    [Fact]
    public void Infer_HeldInPublicOn_IsADateCue()
    {
        var document = new ExtractedDocument(
        [
            ExtractedBlock.Paragraph("Papers published 01/07/2022"),
            ExtractedBlock.Paragraph("Minutes of the meeting held in public on 21/07/2022"),
        ]);

        Assert.Equal(new DateOnly(2022, 7, 21), _inferrer.Infer(document, "a.txt").MeetingDate);
    }

    [Fact]
    public void Infer_NoTitleBlock_TitleIsFileNameInWordsAndDateComesFromDeclaredTitle()
    {
        ExtractedBlock[] blocks = [ExtractedBlock.CaptionCue("Good morning everyone.", TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(3), "Chair")];
        var cues = new ExtractedDocument(blocks);
        var titled = new ExtractedDocument(blocks, new DocumentProperties { Title = "Eastmere ICB, Board meeting in public, 14 June 2023" });

        var untitledMetadata = _inferrer.Infer(cues, "/data/eastmere-icb_board.vtt");
        var titledMetadata = _inferrer.Infer(titled, "eastmere.vtt");

        Assert.Equal("eastmere icb board", untitledMetadata.Title);
        Assert.Null(untitledMetadata.MeetingDate);
        Assert.Equal("Eastmere ICB, Board meeting in public, 14 June 2023", titledMetadata.Title);
        Assert.Equal(new DateOnly(2023, 6, 14), titledMetadata.MeetingDate);
    }

    [Fact]
    public void Infer_TitleBlockOverSeveralLines_FindsOrganisationCommitteeAndDate()
    {
        var document = new ExtractedDocument(
        [
            ExtractedBlock.Paragraph("NHS Norchester Clinical Commissioning Group", page: 1),
            ExtractedBlock.Paragraph("Governing Body", page: 1),
            ExtractedBlock.Paragraph("Minutes of the meeting held in public on Tuesday 9 March 2021 at 1.30pm", page: 1),
            ExtractedBlock.Paragraph("Present: Dr Jane Okafor (Chair); Tom Hale (Chief Finance Officer)", page: 1),
            ExtractedBlock.Paragraph("1. Welcome", page: 1),
        ]);

        var metadata = _inferrer.Infer(document, "gb.pdf");

        Assert.Equal(DocumentKind.Minutes, metadata.Kind);
        Assert.Equal("NHS Norchester Clinical Commissioning Group", metadata.Organisation);
        Assert.Equal("Governing Body", metadata.Committee);
        Assert.Equal(new DateOnly(2021, 3, 9), metadata.MeetingDate);
        Assert.Equal([new Participant("Dr Jane Okafor", "Chair"), new Participant("Tom Hale", "Chief Finance Officer")], metadata.Present);
    }

    [Fact]
    public void Infer_CoverSheetAsTable_IsBoardPaper()
    {
        var document = new ExtractedDocument(
        [
            ExtractedBlock.TableRow(["Purpose of report", "To update the committee on prescribing."]),
            ExtractedBlock.TableRow(["Report author", "Priya Shah"]),
            ExtractedBlock.Paragraph("Prescribing costs rose again this quarter, mainly because of generic drug prices."),
        ]);

        Assert.Equal(DocumentKind.BoardPaper, _inferrer.Infer(document, "item5.pdf").Kind);
    }

    [Fact]
    public void Infer_MinutesNumberedAsAgendaItems_IsNotMistakenForACoverSheet()
    {
        var document = new ExtractedDocument(
        [
            ExtractedBlock.Paragraph("Present: Dr Jane Okafor (Chair)"),
            ExtractedBlock.Paragraph("Agenda item 1 Welcome"),
            ExtractedBlock.Paragraph("Recommendations from the audit were discussed at length by the members."),
            ExtractedBlock.Paragraph("Agenda item 2 Finance"),
        ]);

        Assert.Equal(DocumentKind.Minutes, _inferrer.Infer(document, "x.pdf").Kind);
    }

    [Fact]
    public void Infer_PaperMentioningMinutesInItsText_IsNotMinutes()
    {
        var document = new ExtractedDocument(
        [
            ExtractedBlock.Heading("Quality dashboard", 1),
            ExtractedBlock.Paragraph("As recorded in the minutes of the last meeting, the committee asked for a revised dashboard with fewer indicators."),
            ExtractedBlock.Paragraph("Purpose of the paper: to present the revised dashboard."),
            ExtractedBlock.Paragraph("Recommendation: to approve the dashboard."),
        ]);

        Assert.Equal(DocumentKind.BoardPaper, _inferrer.Infer(document, "qd.pdf").Kind);
    }
}
