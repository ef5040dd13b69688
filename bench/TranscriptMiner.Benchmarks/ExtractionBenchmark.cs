using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using Microsoft.Extensions.Logging.Abstractions;
using TranscriptMiner.Core.Detection;
using TranscriptMiner.Core.Extraction;
using TranscriptMiner.Core.Metadata;
using TranscriptMiner.Core.Plugins;
using TranscriptMiner.Core.Processing;
using TranscriptMiner.Core.Segmentation;
using TranscriptMiner.SampleGenerator.Pdf;

namespace TranscriptMiner.Benchmarks;

/// <summary>
/// Extraction throughput (pages per second) of the pipeline (detect, extract, segment) over corpus-samples and a
/// generated long PDF, files in parallel on every core, side by side with poppler's pdftotext in the same run.
/// Prints a Markdown table for docs/benchmarks.md.
/// </summary>
internal static class ExtractionBenchmark
{
    public static async Task<int> RunAsync(BenchmarkSettings settings)
    {
        var pluginOptions = new PluginOptions();
        pluginOptions.Folders.Add("plugins");
        var plugins = PluginHost.Load(pluginOptions, NullLogger<PluginHost>.Instance);
        var processor = new DocumentProcessor(
            new DocumentExtractionService(plugins, new FormatDetector(), new ExtractionOptions(), NullLogger<DocumentExtractionService>.Instance),
            new MetadataInferrer(),
            new SidecarMetadata(),
            new DocumentSegmenter(new SegmentationOptions()));
        var pdftotext = FindOnPath("pdftotext");

        var scratch = Directory.CreateTempSubdirectory("tm-bench-").FullName;
        try
        {
            var large = Path.Combine(scratch, $"generated-{settings.Pages}-pages.pdf");
            LargeMinutesPdf.Write(large, settings.Pages);
            var copies = Enumerable.Range(1, settings.Copies).Select(i =>
            {
                var copy = Path.Combine(scratch, $"copy-{i}.pdf");
                File.Copy(large, copy);
                return copy;
            }).ToList();

            var corpusAll = Directory.EnumerateFiles(settings.CorpusFolder, "*", SearchOption.AllDirectories)
                .Where(f => !f.EndsWith(".json", StringComparison.Ordinal) && !f.EndsWith(".yaml", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal).ToList();
            var corpusPdfs = corpusAll.Where(f => f.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase)).ToList();

            var scenarios = new (string Name, IReadOnlyList<string> Files)[]
            {
                ("corpus-samples, PDFs", corpusPdfs),
                ("corpus-samples, all formats", corpusAll),
                ($"generated {settings.Pages}-page PDF", [large]),
                ($"{settings.Copies} copies of the {settings.Pages}-page PDF", copies),
            };

            Console.WriteLine($"date: {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC; cores: {Environment.ProcessorCount}; {RuntimeInformation.OSDescription}; {RuntimeInformation.FrameworkDescription}");
            Console.WriteLine($"runs per figure: {settings.Runs} (median), after one warm-up run; parallelism: {Environment.ProcessorCount} files at a time for both tools");
            Console.WriteLine();
            Console.WriteLine("| scenario | files | pages | TranscriptMiner s | pages/s | pdftotext s | pages/s | ratio (ours / pdftotext) |");
            Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
            foreach (var (name, files) in scenarios)
            {
                var pages = await CountPagesAsync(processor, files).ConfigureAwait(false);
                var ours = await MedianAsync(settings.Runs, () => RunPipelineAsync(processor, files)).ConfigureAwait(false);
                var allPdf = files.All(f => f.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase));
                double? reference = pdftotext is not null && allPdf
                    ? await MedianAsync(settings.Runs, () => RunPdfToTextAsync(pdftotext, files, scratch)).ConfigureAwait(false)
                    : null;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {name} | {files.Count} | {pages} | {ours:F3} | {pages / ours:F0} | {(reference is { } r ? r.ToString("F3", CultureInfo.InvariantCulture) : "n/a")} | {(reference is { } r2 ? (pages / r2).ToString("F0", CultureInfo.InvariantCulture) : "n/a")} | {(reference is { } r3 ? (ours / r3).ToString("F2", CultureInfo.InvariantCulture) : "n/a")} |"));
            }

            Console.WriteLine();
            Console.WriteLine($"peak working set of the benchmark process: {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MB");
            if (pdftotext is null)
            {
                Console.WriteLine("pdftotext not found: install poppler-utils for the reference column (bench/run.sh does).");
            }

            return 0;
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }

    private static async Task<int> CountPagesAsync(DocumentProcessor processor, IReadOnlyList<string> files)
    {
        var pages = 0;
        foreach (var file in files)
        {
            var document = await processor.ProcessAsync(file, CancellationToken.None).ConfigureAwait(false);
            pages += Math.Max(1, document.PageCount);
        }

        return pages;
    }

    private static Task RunPipelineAsync(DocumentProcessor processor, IReadOnlyList<string> files) =>
        Parallel.ForEachAsync(
            files,
            new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            async (file, token) => await processor.ProcessAsync(file, token).ConfigureAwait(false));

    private static Task RunPdfToTextAsync(string pdftotext, IReadOnlyList<string> files, string scratch) =>
        Parallel.ForEachAsync(
            files,
            new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            async (file, token) =>
            {
                var output = Path.Combine(scratch, Path.GetFileNameWithoutExtension(file) + ".txt");
                using var process = Process.Start(new ProcessStartInfo(pdftotext, [file, output]) { RedirectStandardError = true })
                    ?? throw new InvalidOperationException("pdftotext did not start");
                await process.WaitForExitAsync(token).ConfigureAwait(false);
                if (process.ExitCode != 0)
                {
                    throw new InvalidOperationException($"pdftotext failed on {file}: {await process.StandardError.ReadToEndAsync(token).ConfigureAwait(false)}");
                }
            });

    private static async Task<double> MedianAsync(int runs, Func<Task> run)
    {
        await run().ConfigureAwait(false);
        var seconds = new List<double>(runs);
        for (var i = 0; i < runs; i++)
        {
            var stopwatch = Stopwatch.StartNew();
            await run().ConfigureAwait(false);
            seconds.Add(stopwatch.Elapsed.TotalSeconds);
        }

        seconds.Sort();
        return runs % 2 == 1 ? seconds[runs / 2] : (seconds[(runs / 2) - 1] + seconds[runs / 2]) / 2;
    }

    private static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, program))
            .FirstOrDefault(File.Exists);
}
