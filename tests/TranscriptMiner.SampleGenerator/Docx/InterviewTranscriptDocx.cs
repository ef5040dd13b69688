namespace TranscriptMiner.SampleGenerator.Docx;

/// <summary>A fictional interview transcript: bold speaker labels, timestamps at some turns, a two-paragraph turn.</summary>
internal static class InterviewTranscriptDocx
{
    /// <summary>Creates the DOCX bytes.</summary>
    public static byte[] Create()
    {
        var d = new DocxWriter();
        d.Paragraph("Interview 04: Deputy Director of Finance", "Heading1");
        d.Paragraph("Study: Data use in commissioning decisions. Date of interview: 12 October 2022. Duration: 48 minutes. Transcript pseudonymised.");
        Turn(d, "Interviewer", "[00:00:05]", "Thanks for making the time. Could you start by describing your role and how you use data in it?");
        Turn(d, "P04", "[00:00:14]", "I'm the deputy director of finance, so I look after the financial plan, the contracts with our two acute trusts and the savings programme. Most of what I do starts with data: activity, cost, prescribing. The difficulty is that the activity data from the trusts often don't match what we've commissioned, so a lot of my time goes on reconciling.");
        Turn(d, "Interviewer", null, "When the numbers don't match, whose figures do you trust?");
        Turn(d, "P04", "[00:03:52]", "Honestly, it depends who produced them. I trust our own business intelligence team because I know how they work. With the trust's figures I want to see the definitions first, because a follow-up in one trust isn't a follow-up in another.");
        d.Paragraph("And when we're under financial pressure, which is always, there's a temptation to pick the figure that closes the gap. I've seen schemes approved because they promised a saving on paper, when the evidence they'd work was thin.");
        Turn(d, "Interviewer", "[00:12:31]", "Is there anyone in the organisation who helps people make sense of the data?");
        Turn(d, "P04", "[00:12:40]", "We have a GP who is a real data champion. She sits on the finance committee and translates the dashboards for the other clinicians, and they listen to her in a way they wouldn't listen to me. The problem is capacity: we've lost analysts to the ICS and we can't replace them, so we've bought in an external provider for the linked dataset work.");
        Turn(d, "Interviewer", "[00:21:07]", "How have the external analysts been received?");
        Turn(d, "P04", null, "Mixed. They brought skills we didn't have and they linked primary and secondary care data in weeks. But some clinicians felt they didn't understand the NHS, so the outputs were questioned more than our own.");
        Turn(d, "Interviewer", "[00:47:55]", "That's everything from me. Thank you.");
        return d.Save("Interview 04 transcript", "Research team", new DateTime(2022, 10, 20, 9, 0, 0, DateTimeKind.Utc));
    }

    private static void Turn(DocxWriter d, string speaker, string? timestamp, string text) =>
        d.Paragraph([(speaker + ":", true), ((timestamp is null ? " " : $" {timestamp} ") + text, false)]);
}
