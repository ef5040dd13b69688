namespace TranscriptMiner.SampleGenerator.Pdf;

/// <summary>
/// Writes a long minutes-like PDF for benchmarks: repeated header and footer, numbered agenda items, two-column
/// sections, action tables; deterministic for a given page count (seeded text from a fixed phrase bank).
/// </summary>
public static class LargeMinutesPdf
{
    private static readonly string[] Sentences =
    [
        "Members discussed the latest activity data and asked whether the figures could be trusted.",
        "The Chief Finance Officer described the financial pressure facing the system and the savings required.",
        "The business intelligence team presented a new dashboard with maps and charts for each practice.",
        "Clinicians said that the data did not match their own experience of demand in the practices.",
        "It was agreed that a data champion would help colleagues interpret the information.",
        "The committee noted the lack of analytical capacity and the plan to recruit two analysts.",
        "An external provider had linked primary and secondary care data to show the patient journey.",
        "Members were reminded that the data had known limitations but were the best available.",
        "The report was used to reassure the regulator that waiting times were being managed.",
        "Priorities for the coming year would be set using the population health data.",
        "National data returns had been required at short notice and practices had resisted the extra burden.",
        "The Chair said there was a moral imperative to act even though the evidence was incomplete.",
        "Best practice from a neighbouring system would be adapted for local use.",
        "Definitions of a follow-up appointment differed between providers, so figures could not be compared.",
        "The quality team would share the audit results with GP practices to prompt improvement.",
        "A&E attendances had risen by six per cent against the same month last year.",
        "The KPI for two week waits had been met in eleven of the last twelve months.",
        "The PCN clinical directors asked for earlier sight of the QOF data.",
    ];

    private static readonly string[] Topics =
    [
        "Finance report", "Quality and performance report", "Primary care data dashboard", "Urgent and emergency care",
        "Prescribing update", "Population health management", "Mental health services", "Risk register",
        "Workforce report", "Digital and data strategy", "Community services review", "Elective recovery",
    ];

    /// <summary>Writes the PDF to <paramref name="path"/>.</summary>
    /// <param name="path">The file to write (overwritten).</param>
    /// <param name="pages">The number of pages wanted (at least 1).</param>
    public static void Write(string path, int pages) => File.WriteAllBytes(path, Create(pages));

    /// <summary>Creates a minutes-like PDF of <paramref name="pages"/> pages with a few hundred words on each.</summary>
    /// <param name="pages">The number of pages wanted (at least 1).</param>
    /// <returns>The PDF bytes.</returns>
    public static byte[] Create(int pages)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pages, 1);
        var random = new Random(20210303);
        using var w = new PdfPageWriter("Generated board minutes", "TranscriptMiner.SampleGenerator", new DateOnly(2021, 3, 3));
        w.Paragraph("NHS Norchester CCG", isBold: true, size: 16);
        w.Paragraph("Governing Body", isBold: true, size: 13);
        w.Paragraph("Minutes of the meeting held in public on Wednesday 3 March 2021 (generated benchmark document)");
        w.Paragraph([("Present: ", true), ("Dr Helen Marsh (Clinical Chair); Simon Okoro (Accountable Officer); Priya Raman (Chief Finance Officer)", false)]);

        // Each unit of content is small, so stopping when the last page fills keeps the page count exact.
        for (var item = 1; ; item++)
        {
            if (!Fits(w, pages))
            {
                break;
            }

            w.Heading($"{item}. {Topics[(item - 1) % Topics.Length]}");
            w.Paragraph(Text(random, 4));
            for (var sub = 1; sub <= 2 && Fits(w, pages); sub++)
            {
                w.Heading($"{item}.{sub} {Topics[random.Next(Topics.Length)]}", size: 11);
                if (item % 3 == 0)
                {
                    w.BeginColumns(2);
                    w.Paragraph(Text(random, 4));
                    w.Paragraph(Text(random, 3));
                    w.EndColumns();
                }
                else
                {
                    w.Paragraph(Text(random, 5));
                }
            }

            if (item % 4 == 0 && Fits(w, pages))
            {
                w.Table(
                    [3, 1.3, 1],
                    [
                        ["Action", "Owner", "Due date"],
                        [Sentences[random.Next(Sentences.Length)], "Priya Raman", "7 April 2021"],
                        [Sentences[random.Next(Sentences.Length)], "Rachel Dunn", "5 May 2021"],
                    ]);
            }

            w.Paragraph("The Governing Body NOTED the report.");
        }

        return w.Finish("NHS Norchester CCG – Governing Body – OFFICIAL", (n, count) => $"Page {n} of {count}");
    }

    private static bool Fits(PdfPageWriter w, int pages) => w.PageCount < pages || w.RemainingHeight > 330;

    private static string Text(Random random, int sentences) =>
        string.Join(' ', Enumerable.Range(0, sentences).Select(_ => Sentences[random.Next(Sentences.Length)]));
}
