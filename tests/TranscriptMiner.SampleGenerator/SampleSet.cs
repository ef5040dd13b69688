using TranscriptMiner.SampleGenerator.Docx;
using TranscriptMiner.SampleGenerator.Pdf;

namespace TranscriptMiner.SampleGenerator;

/// <summary>Writes the binary samples of <c>corpus-samples/</c> (the text samples are written by hand).</summary>
internal static class SampleSet
{
    private static readonly (string Path, Func<byte[]> Create)[] Samples =
    [
        ("minutes/norchester-ccg-governing-body-2021-03-03.pdf", NorchesterMinutesPdf.Create),
        ("minutes/wyford-icb-pccc-2022-11-09.docx", WyfordPcccMinutesDocx.Create),
        ("board-papers/norchester-ccg-finance-report-2021-03.pdf", NorchesterFinanceReportPdf.Create),
        ("board-papers/wyford-icb-population-health-strategy-2023.pdf", WyfordStrategyPdf.Create),
        ("transcripts/interview-04-deputy-director-finance.docx", InterviewTranscriptDocx.Create),
    ];

    /// <summary>Writes every binary sample under <paramref name="root"/> and returns the paths written.</summary>
    public static IReadOnlyList<string> WriteAll(string root)
    {
        var written = new List<string>();
        foreach (var (path, create) in Samples)
        {
            var full = Path.Combine(root, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllBytes(full, create());
            written.Add(full);
        }

        return written;
    }
}
