using System.Diagnostics;
using System.Globalization;
using TranscriptMiner.Core.Indexing;
using TranscriptMiner.Core.Search;

namespace TranscriptMiner.Benchmarks;

/// <summary>
/// Watch latency: a <c>transcriptminer watch</c> process (default settings) on a scratch folder; files land one at a
/// time and each is timed from the moment it is written until a search (read-only index view) finds its unique word.
/// </summary>
internal static class WatchLatencyBenchmark
{
    public static async Task<int> RunAsync(int files)
    {
        var program = FindProgram();
        var scratch = Directory.CreateTempSubdirectory("tm-watch-bench-").FullName;
        var folder = Directory.CreateDirectory(Path.Combine(scratch, "in")).FullName;
        var workspace = Path.Combine(scratch, "workspace");
        var start = new ProcessStartInfo("dotnet", [program, "watch", folder, "--workspace", workspace])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            Environment = { ["CI"] = "true" },
        };
        using var watcher = Process.Start(start) ?? throw new InvalidOperationException("could not start transcriptminer watch");
        _ = watcher.StandardError.ReadToEndAsync();
        _ = watcher.StandardOutput.ReadToEndAsync();
        try
        {
            using var reader = await OpenIndexAsync(Path.Combine(workspace, "index")).ConfigureAwait(false);
            var search = new SearchService(reader);
            var latencies = new List<double>(files);
            for (var i = 0; i < files; i++)
            {
                var word = string.Create(CultureInfo.InvariantCulture, $"zqxmarker{i}");
                var path = Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"minutes-{i:D3}.txt"));
                await File.WriteAllTextAsync(path, $"Minutes\n\n1. Data quality\n\nThe committee discussed the {word} report and the dashboard.\n").ConfigureAwait(false);
                var clock = Stopwatch.StartNew();
                while (search.Search(new SearchRequest { Query = word, Top = 1, IncludeFacets = false }).TotalHits == 0)
                {
                    if (clock.Elapsed > TimeSpan.FromSeconds(30))
                    {
                        throw new TimeoutException($"{path} was not searchable after 30 s");
                    }

                    await Task.Delay(10).ConfigureAwait(false);
                }

                latencies.Add(clock.Elapsed.TotalSeconds);
            }

            latencies.Sort();
            Console.WriteLine($"date: {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC; cores: {Environment.ProcessorCount}; files: {files}, one at a time; default watch settings");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"watch latency (file written -> searchable): p50 {Percentile(latencies, 0.50):F2} s, p95 {Percentile(latencies, 0.95):F2} s, max {latencies[^1]:F2} s"));
            return 0;
        }
        finally
        {
            using (var term = Process.Start("kill", ["-TERM", watcher.Id.ToString(CultureInfo.InvariantCulture)]))
            {
                await term!.WaitForExitAsync().ConfigureAwait(false);
            }

            await watcher.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60)).ConfigureAwait(false);
            Directory.Delete(scratch, recursive: true);
        }
    }

    private static async Task<SegmentIndexReader> OpenIndexAsync(string folder)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return SegmentIndexReader.Open(folder);
            }
            catch (IndexCorruptException) when (clock.Elapsed < TimeSpan.FromSeconds(60))
            {
                await Task.Delay(50).ConfigureAwait(false);
            }
        }
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    private static string FindProgram()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "TranscriptMiner.sln")))
        {
            directory = directory.Parent;
        }

        var program = Path.Combine(directory?.FullName ?? ".", "src", "TranscriptMiner.Cli", "bin", "Release", "net10.0", "transcriptminer.dll");
        return File.Exists(program) ? program : throw new FileNotFoundException("build the CLI in Release first (bench/run.sh does)", program);
    }
}
