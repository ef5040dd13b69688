namespace TranscriptMiner.SampleGenerator.Docx;

/// <summary>Fictional committee minutes: attendee table, agenda references produced by Word numbering, an action log table.</summary>
internal static class WyfordPcccMinutesDocx
{
    /// <summary>Creates the DOCX bytes.</summary>
    public static byte[] Create()
    {
        var d = new DocxWriter();
        d.Paragraph("Wyford Integrated Care Board", "Title");
        d.Paragraph("Primary Care Commissioning Committee", "Heading2");
        d.Paragraph("Minutes of the meeting held on Wednesday 9 November 2022 at 10:00, Boardroom, Wyford House, and by video link");
        d.Paragraph([("Present:", true)]);
        d.Table(
        [
            ["Name", "Role"],
            ["Margaret Oyelaran", "Non-Executive Member (Chair)"],
            ["Dr Sanjay Patel", "Associate Medical Director, Primary Care"],
            ["Claire Whitfield", "Director of Primary Care"],
            ["Owen Garside", "Deputy Chief Finance Officer"],
            ["Beth Lawson", "Healthwatch Wyford"],
        ]);
        d.Paragraph([("In attendance: ", true), ("Imran Qureshi (Head of Primary Care Analytics); Zoe Brennan (Committee Secretary)", false)]);
        d.Paragraph([("Apologies: ", true), ("Dr Lucy Fairbairn (Local Medical Committee); Peter Hollins (Director of Nursing)", false)]);

        Item(d, "Welcome and apologies");
        d.Paragraph("The Chair welcomed members. Apologies were noted as above and the meeting was quorate.");
        Item(d, "Declarations of interest");
        d.Paragraph("Dr Sanjay Patel declared an interest in item PCCC/22/048 as a GP partner in Harrow Lane Medical Practice. He did not take part in the decision.");
        Item(d, "Minutes and action log from 12 October 2022");
        d.Paragraph("The minutes were approved as an accurate record. Action PCCC-A17 (access data by practice) was complete and closed.");
        Item(d, "Harrow Lane Medical Practice: application to close the branch surgery");
        d.Paragraph("Claire Whitfield presented the application. Data on appointments, travel times and list size had been provided by the practice, but the figures for appointments did not agree with the national appointments data, which used different definitions of a booked appointment. Members were not confident that either source gave a true picture and asked the team to reconcile them.");
        d.Paragraph("Beth Lawson reported that patients had told Healthwatch the branch was the only surgery reachable by bus from the estate. The Committee:");
        d.Paragraph([("NOTED the patient engagement report;", false)], "ListParagraph", DocxWriter.DecimalNumbering);
        d.Paragraph([("DEFERRED a decision to the December meeting, pending reconciled appointment data.", false)], "ListParagraph", DocxWriter.DecimalNumbering);
        Item(d, "Primary care access dashboard");
        d.ParagraphWithFootnote(
            "Imran Qureshi demonstrated the new access dashboard, which shows appointment activity, telephone waiting times and patient survey results for each primary care network on one page.",
            "The dashboard was developed with an external provider under the regional digital programme.");
        d.Paragraph("Members liked the visual layout, but Owen Garside noted that the ICB had only one analyst for primary care and could not maintain the dashboard without support. The Committee NOTED the dashboard and asked for a proposal on analytical capacity.");
        Item(d, "Any other business");
        d.Paragraph("No other business was raised. The next meeting will be held on Wednesday 14 December 2022.");

        d.Paragraph("Action log", "Heading2");
        d.Table(
        [
            ["Action", "Owner", "Due date"],
            ["Reconcile practice and national appointment data for Harrow Lane", "Imran Qureshi", "14 December 2022"],
            ["Bring a proposal on primary care analytical capacity", "Owen Garside", "11 January 2023"],
        ]);
        return d.Save("Primary Care Commissioning Committee minutes, 9 November 2022", "Wyford Integrated Care Board", new DateTime(2022, 11, 16, 9, 0, 0, DateTimeKind.Utc));
    }

    private static void Item(DocxWriter d, string title) =>
        d.Paragraph([(title, false)], "Heading1", DocxWriter.AgendaNumbering);
}
