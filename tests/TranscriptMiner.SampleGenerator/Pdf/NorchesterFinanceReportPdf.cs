namespace TranscriptMiner.SampleGenerator.Pdf;

/// <summary>A fictional board paper: cover sheet on page 1, numbered sections, a budget table on page 2.</summary>
internal static class NorchesterFinanceReportPdf
{
    /// <summary>Creates the PDF bytes.</summary>
    public static byte[] Create()
    {
        using var w = new PdfPageWriter("Finance report, month 10 2020/21", "Priya Raman", new DateOnly(2021, 2, 24));
        w.Paragraph("NHS Norchester CCG", isBold: true, size: 16);
        w.Paragraph("Governing Body meeting in public: Wednesday 3 March 2021", size: 11);
        w.Paragraph("Agenda item 4", isBold: true, size: 11);
        w.Paragraph("Finance Report: Month 10 2020/21", isBold: true, size: 14);
        w.Heading("Purpose of report");
        w.Paragraph("To inform the Governing Body of the financial position at month 10 of 2020/21, the forecast outturn and the main risks to delivery of the financial recovery plan.");
        w.Heading("Recommendation");
        w.Paragraph("The Governing Body is asked to NOTE the month 10 position and the risks to the forecast outturn, and to SUPPORT the proposed measures of delivery for each savings scheme.");
        w.Heading("Report author");
        w.Paragraph("Priya Raman, Chief Finance Officer");
        w.Heading("Executive summary");
        w.Paragraph("The CCG reports a year to date overspend of 2.4 million pounds against its allocation. The forecast outturn is a deficit of 3.1 million pounds, in line with the plan agreed with the regional team. Prescribing and independent sector activity are the main sources of financial pressure. Confidence in the forecast is moderate because national prescribing data for months 8 and 9 have been revised.");

        w.NewPage();
        w.Heading("1. Summary financial position");
        w.Paragraph("The table below shows the position for each budget line at month 10. Figures are in thousands of pounds; a negative variance is an overspend.");
        w.Table(
            [2.4, 1, 1, 1],
            [
                ["Budget line", "Annual budget", "Year to date actual", "Variance"],
                ["Acute services", "312,400", "262,150", "-1,210"],
                ["Mental health services", "58,900", "49,020", "95"],
                ["Community services", "47,300", "39,480", "-40"],
                ["Primary care prescribing", "61,750", "53,110", "-1,640"],
                ["Primary care co-commissioning", "52,200", "43,390", "110"],
                ["Running costs", "9,800", "8,120", "285"],
                ["Total", "542,350", "455,270", "-2,400"],
            ]);
        w.Heading("2. Risks to the forecast outturn");
        w.Paragraph("The largest risk is prescribing growth. Practice level data show growth concentrated in a small number of practices, but the figures do not yet agree with the practices' own systems. The finance and business intelligence teams are reconciling the two sources before any conversation with practices. A second risk is independent sector activity, where the CCG relies on provider invoices that arrive up to three months late.");
        w.Heading("3. Measures of delivery for savings schemes");
        w.Paragraph("Members asked at the last meeting how the CCG would know whether savings schemes had delivered. It is proposed that each scheme has one financial measure and one measure that clinicians recognise, reported monthly on the primary care data dashboard. Where data are known to be incomplete the report will say so, so that decisions can still be made with the limitations understood.");

        w.NewPage();
        w.Heading("4. Data quality of activity information");
        w.Paragraph("Activity data from the main acute provider continue to arrive late and with inconsistent coding of outpatient procedures, which makes comparison with other CCGs difficult. The business intelligence team has limited analytical capacity and has asked the commissioning support unit for help with the reconciliation. Linking primary and secondary care data would show the whole patient journey, but the data sharing agreement is not yet signed.");
        w.Heading("Appendix A: Glossary");
        w.Paragraph("CCG: Clinical Commissioning Group. QIPP: Quality, Innovation, Productivity and Prevention. YTD: year to date. CSU: commissioning support unit.");
        return w.Finish("Finance Report M10 2020/21 – Governing Body 3 March 2021", (n, count) => $"Page {n} of {count}");
    }
}
