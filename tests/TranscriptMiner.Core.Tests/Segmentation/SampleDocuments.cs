using TranscriptMiner.Abstractions;

namespace TranscriptMiner.Core.Tests.Segmentation;

/// <summary>Small fictional documents built in code for the segmentation and metadata tests.</summary>
internal static class SampleDocuments
{
    public static ExtractedDocument InterviewTranscript() => new(
    [
        ExtractedBlock.Heading("Interview 4: Deputy Director of Finance", 1),
        ExtractedBlock.Paragraph("Recorded 14 March 2021"),
        ExtractedBlock.Paragraph("Interviewer: So tell me how the committee used the dashboard when it was first introduced."),
        ExtractedBlock.Paragraph("P12: Well, at first nobody trusted it. The figures didn't match what the practices were seeing on the ground."),
        ExtractedBlock.Paragraph("It took about six months before the GPs stopped challenging every single number that we showed them."),
        ExtractedBlock.Paragraph("Interviewer  So what changed after those first six months, in your view?") with
        {
            Style = new StyleHints { BoldPrefixLength = "Interviewer".Length },
        },
        ExtractedBlock.Paragraph("P12: We brought in an analyst from the CSU who sat with the clinical leads every week."),
        ExtractedBlock.Paragraph("Note: the participant asked for the name of the CSU to be removed from the transcript."),
    ]);

    public static ExtractedDocument CaptionTranscript() => new(
    [
        ExtractedBlock.CaptionCue("Good evening and welcome to the meeting of the Governing Body.", TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(4), "Chair"),
        ExtractedBlock.CaptionCue("We have a full agenda tonight so let's make a start with the finance report.", TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(8), "Chair"),
        ExtractedBlock.CaptionCue("Thank you Chair. We are reporting a forecast deficit of two million pounds at month six.", TimeSpan.FromSeconds(9), TimeSpan.FromSeconds(14), "Chief Finance Officer"),
        ExtractedBlock.CaptionCue("The main pressure is prescribing, which is running well above plan this year.", TimeSpan.FromSeconds(14), TimeSpan.FromSeconds(19), "Chief Finance Officer"),
        ExtractedBlock.CaptionCue("Thank you. Are there any questions from members of the Governing Body on this?", TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(24), "Chair"),
    ]);

    public static ExtractedDocument Minutes() => new(
    [
        ExtractedBlock.Heading("Minutes of the Primary Care Commissioning Committee meeting of NHS Norchester CCG", 1, page: 1),
        ExtractedBlock.Paragraph("Held on Wednesday 3rd March 2021 at 2pm via Microsoft Teams", page: 1),
        ExtractedBlock.Paragraph("Present:", page: 1),
        ExtractedBlock.Paragraph("Dr Jane Okafor, Chair", page: 1),
        ExtractedBlock.Paragraph("Tom Hale – Chief Finance Officer", page: 1),
        ExtractedBlock.Paragraph("In attendance: Sam Lee (Minute taker), Priya Shah (Head of Primary Care)", page: 1),
        ExtractedBlock.Paragraph("Apologies: Dr Ravi Patel (GP Member)", page: 1),
        ExtractedBlock.Paragraph("1. Welcome and introductions", page: 1),
        ExtractedBlock.Paragraph("The Chair welcomed members to the meeting and noted that the meeting was quorate.", page: 1),
        ExtractedBlock.Paragraph("2. Declarations of interest", page: 1),
        ExtractedBlock.Paragraph("There were no declarations of interest relating to items on the agenda for this meeting.", page: 1),
        ExtractedBlock.PageBreak(2),
        ExtractedBlock.Heading("4. Quality and prescribing", 2, page: 2),
        ExtractedBlock.ListItem("Primary care dashboard", "4.1", page: 2),
        ExtractedBlock.Paragraph("The committee received the dashboard and noted the improvement in data completeness across all practices.", page: 2),
        ExtractedBlock.ListItem("Antibiotic prescribing", "4.2", page: 2),
        ExtractedBlock.Paragraph("4.2.1 The committee noted that antibiotic prescribing remained above the national target in three practices and asked for a deep dive.", page: 2),
        ExtractedBlock.ListItem("Practices to be contacted by the medicines optimisation team.", "(a)", level: 1, page: 2),
        ExtractedBlock.Paragraph("Item 7 Estates strategy", page: 2),
        ExtractedBlock.Paragraph("The committee APPROVED the estates strategy subject to the changes discussed at the meeting.", page: 2),
        ExtractedBlock.Paragraph("PCCC/21/045 Local enhanced services", page: 2),
        ExtractedBlock.Paragraph("The committee RESOLVED to extend the local enhanced services for a further twelve months.", page: 2),
        ExtractedBlock.PageBreak(3),
        ExtractedBlock.Paragraph("GB 22-23/14 Risk register", page: 3),
        ExtractedBlock.Paragraph("The committee reviewed the risk register and agreed that the workforce risk should be escalated.", page: 3),
        ExtractedBlock.Heading("Action log", 2, page: 3),
        ExtractedBlock.TableRow(["Action", "Owner", "Due date"], page: 3, isHeader: true),
        ExtractedBlock.TableRow(["Deep dive into antibiotic prescribing", "Priya Shah", "14/04/2021"], page: 3),
        ExtractedBlock.TableRow(["Update the risk register", "Tom Hale", "14/04/2021"], page: 3),
    ]);

    public static ExtractedDocument BoardPaper() => new(
    [
        ExtractedBlock.Paragraph("OFFICIAL", page: 1),
        ExtractedBlock.Heading("Finance Report Month 6", 1, page: 1),
        ExtractedBlock.Paragraph("This report sets out the financial position of the organisation at the end of month six of the year.", page: 1),
        ExtractedBlock.Heading("Summary", 2, page: 1),
        ExtractedBlock.Paragraph("The organisation is forecasting a deficit of two million pounds, mainly because of prescribing pressures.", page: 1),
        ExtractedBlock.Heading("Prescribing", 3, page: 2),
        ExtractedBlock.Paragraph("Prescribing costs are running at four per cent above plan, driven by the price of several generic drugs.", page: 2),
        ExtractedBlock.TableRow(["Area", "Plan", "Actual"], page: 2, isHeader: true),
        ExtractedBlock.TableRow(["Prescribing", "£10.0m", "£10.4m"], page: 2),
        ExtractedBlock.Heading("Recommendation", 2, page: 2),
        ExtractedBlock.Paragraph("The Governing Body is asked to note the financial position and the actions being taken to recover it.", page: 2),
        ExtractedBlock.Paragraph("Source: month six ledger.", page: 2) with { IsNote = true },
    ]);

    public static ExtractedDocument PlainParagraphs() => new(
    [
        ExtractedBlock.Paragraph("Observation notes from the practice visit, written up on the same afternoon as the visit itself."),
        ExtractedBlock.Paragraph("The practice manager showed us the searches they run each month to find patients overdue for review."),
        ExtractedBlock.Paragraph("   Whitespace\r\n  inside\tthis   paragraph\r is collapsed when the plain text is built. "),
        ExtractedBlock.Paragraph(string.Empty),
        ExtractedBlock.Paragraph("Cafe\u0301 menus were on the table, which is recorded here only to test Unicode normalisation."),
    ]);

    /// <summary>Builds text of <paramref name="sentences"/> sentences of ten words each.</summary>
    public static string Sentences(int sentences)
    {
        var builder = new System.Text.StringBuilder();
        for (var i = 0; i < sentences; i++)
        {
            if (i > 0)
            {
                builder.Append(' ');
            }

            builder.Append("Sentence ").Append(i).Append(" has ten words in it for this test.");
        }

        return builder.ToString();
    }
}
