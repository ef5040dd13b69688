namespace TranscriptMiner.SampleGenerator.Pdf;

/// <summary>Three pages of fictional Governing Body minutes; page 2 is two-column; header and footer on every page.</summary>
internal static class NorchesterMinutesPdf
{
    /// <summary>Creates the PDF bytes.</summary>
    public static byte[] Create()
    {
        using var w = new PdfPageWriter("Governing Body minutes, 3 March 2021", "NHS Norchester CCG", new DateOnly(2021, 3, 10));
        w.Paragraph("NHS Norchester CCG", isBold: true, size: 16);
        w.Paragraph("Governing Body", isBold: true, size: 13);
        w.Paragraph("Minutes of the meeting held in public on Wednesday 3rd March 2021 at 13:30, Council Chamber, Norchester Civic Centre");
        w.Paragraph([("Present: ", true), ("Dr Helen Marsh (Clinical Chair); Simon Okoro (Accountable Officer); Priya Raman (Chief Finance Officer); Dr Tom Ellery (GP Member, Central Locality); Janet Cole (Lay Member, Governance); Gareth Pugh (Director of Quality and Nursing)", false)]);
        w.Paragraph([("In attendance: ", true), ("Rachel Dunn (Head of Business Intelligence); Mark Lowe (Board Secretary, minutes)", false)]);
        w.Paragraph([("Apologies: ", true), ("Dr Femi Adeyemi (GP Member, North Locality); Linda Shaw (Lay Member, Patient and Public Involvement)", false)]);

        w.Heading("1. Welcome and apologies");
        w.Paragraph("The Chair welcomed members and the public to the meeting, which was held in person for the first time since the autumn. Apologies were received as recorded above and the meeting was confirmed as quorate.");
        w.Heading("2. Declarations of interest");
        w.Paragraph("Dr Tom Ellery declared an interest in item 5 as a partner in a practice taking part in the dashboard pilot. The Chair agreed that he could take part in the discussion but not in any decision. No other interests were declared.");
        w.Heading("3. Minutes of the previous meeting");
        w.Paragraph("The minutes of the meeting held on 3 February 2021 were agreed as an accurate record, subject to one correction to the spelling of a member's name. The action log was reviewed: actions GB-041 and GB-043 were closed and the remaining actions are listed at the end of these minutes.");
        w.Paragraph("The Governing Body APPROVED the minutes of the previous meeting.");

        w.NewPage();
        w.BeginColumns(2);
        w.Heading("4. Finance report");
        w.Paragraph("Priya Raman introduced the finance report for month 10, which had been circulated with the papers. She reminded members that the report should be read alongside the financial recovery plan agreed in December.");
        w.Heading("4.1 Month 10 position", size: 11);
        w.Paragraph("At month 10 the CCG reported a year to date overspend of 2.4 million pounds, driven mainly by prescribing costs and independent sector activity. The forecast outturn remained a deficit of 3.1 million pounds. Members questioned whether the prescribing figures could be relied on, because the latest national data had been revised twice. Rachel Dunn explained that the revisions related to a change in the way practices were mapped and that the underlying trend was unchanged.");
        w.Heading("4.2 Financial recovery plan", size: 11);
        w.Paragraph("The Chief Finance Officer described the financial pressure facing the system and the savings schemes in the recovery plan. Janet Cole asked how the CCG would know whether schemes had delivered. Members agreed that each scheme needed a measure that clinicians recognised, otherwise the figures would not be trusted. There was concern that cost saving was driving decisions where the evidence of benefit to patients was weak.");
        w.Paragraph("The Governing Body NOTED the month 10 position and the risks to the forecast outturn.");
        w.ColumnBreak();
        w.Heading("5. Primary care data dashboard");
        w.Paragraph("Rachel Dunn presented the new primary care data dashboard, which brings together referral, prescribing and urgent care data for each practice and primary care network. The dashboard uses maps and simple charts so that GP members can compare practices at a glance.");
        w.Paragraph("Dr Tom Ellery said that practices found the earlier reports hard to trust because their own figures did not match the data held centrally. Members discussed data quality and agreed that practices should be able to see and challenge the data behind each chart. Gareth Pugh asked that the quality measures be added in the next release.");
        w.Paragraph("The Governing Body NOTED the dashboard and SUPPORTED its use with all practices from April.");
        w.EndColumns();

        w.NewPage();
        w.Heading("6. Data quality and the data champion role");
        w.Paragraph("Simon Okoro proposed that each locality should nominate a data champion: a clinician or practice manager who would help colleagues interpret the dashboard and feed back problems with the data. Members welcomed the proposal but noted the lack of analytical capacity in the business intelligence team, which had lost two analysts during the year. The Chair asked that the role be described in a short paper for the next meeting.");
        w.Paragraph("The Governing Body AGREED to establish a data champion in each locality.");
        w.Heading("7. Any other business");
        w.Paragraph("There was no other business. The next meeting will be held on Wednesday 7 April 2021 at 13:30, Council Chamber, Norchester Civic Centre.");
        w.Heading("Action log");
        w.Table(
            [3, 1.3, 1],
            [
                ["Action", "Owner", "Due date"],
                ["Add quality measures to the primary care data dashboard", "Rachel Dunn", "7 April 2021"],
                ["Agree a measure of delivery for each savings scheme", "Priya Raman", "7 April 2021"],
                ["Write a short paper describing the data champion role", "Simon Okoro", "5 May 2021"],
            ]);
        return w.Finish("NHS Norchester CCG – Governing Body – OFFICIAL", (n, count) => $"Page {n} of {count}");
    }
}
