namespace TranscriptMiner.SampleGenerator.Pdf;

/// <summary>A fictional strategy paper: numbered sections and sub-sections, and an appendix with a table.</summary>
internal static class WyfordStrategyPdf
{
    /// <summary>Creates the PDF bytes.</summary>
    public static byte[] Create()
    {
        using var w = new PdfPageWriter("Population Health Strategy 2023 to 2028", "Wyford Integrated Care Board", new DateOnly(2023, 1, 18));
        w.Paragraph("Wyford Integrated Care Board", isBold: true, size: 16);
        w.Paragraph("Population Health Strategy 2023 to 2028", isBold: true, size: 14);
        w.Paragraph("Board meeting in public, 25 January 2023. Status: approved.");
        w.Heading("1 Introduction");
        w.Paragraph("This strategy sets out how the Wyford Integrated Care Board and its partners will improve the health of the 610,000 people who live in Wyford and narrow the gap in healthy life expectancy between our most and least deprived neighbourhoods. It was developed with local authorities, primary care networks, the voluntary sector and residents over twelve months.");
        w.Heading("2 Our population");
        w.Paragraph("Healthy life expectancy in the most deprived tenth of Wyford is eleven years lower than in the least deprived tenth. Cardiovascular disease, respiratory disease and cancer account for most of the difference.");
        w.Heading("2.1 Health inequalities", size: 11);
        w.Paragraph("Rates of emergency admission for people with long term conditions are twice as high in the coastal wards as in the rest of Wyford. Uptake of health checks and screening is lowest in the same wards. Many residents told us that services were hard to reach and that they did not feel listened to.");
        w.Heading("2.2 What the data cannot yet tell us", size: 11);
        w.Paragraph("Ethnicity is not recorded for one in five patients in primary care, and community services record it inconsistently. We will use the data we have, with its limitations understood, while we improve recording.");
        w.Heading("3 Using data to target our resources");
        w.Paragraph("We will build a linked dataset that joins primary care, hospital, community, mental health and social care records for the whole population, so that we can follow the patient journey and find people at rising risk. Analysts from the ICB, the local authorities and an external provider will work as one team. Each primary care network will receive a population health dashboard showing its own patients, with maps of need and simple charts, and a named data champion will help clinicians use it.");

        w.NewPage();
        w.Heading("4 Delivering the strategy");
        w.Paragraph("Delivery will be overseen by the Population Health Board, reporting to the ICB Board twice a year. The first year will focus on hypertension, childhood asthma and frailty, where the data show the largest gaps and where evidence of effective action is strongest. Funding for the programme is 4.2 million pounds over three years, protected from wider savings targets.");
        w.Heading("5 Recommendation");
        w.Paragraph("The Board is asked to APPROVE the Population Health Strategy 2023 to 2028 and the priorities for year one.");
        w.Heading("Appendix A: Data sources");
        w.Table(
            [1.6, 2.4, 1],
            [
                ["Source", "Content", "Refreshed"],
                ["GP practice records", "Diagnoses, prescriptions, risk factors and health checks", "Weekly"],
                ["Secondary Uses Service", "Hospital admissions, outpatient and A&E attendances", "Monthly"],
                ["Community services data set", "Community contacts and referrals", "Monthly"],
                ["Adult social care records", "Care packages and assessments", "Quarterly"],
            ]);
        return w.Finish("Wyford ICB – Population Health Strategy 2023 to 2028", (n, count) => $"{n} | Wyford Integrated Care Board");
    }
}
