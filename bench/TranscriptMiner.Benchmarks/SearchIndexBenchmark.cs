using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using TranscriptMiner.Core.Indexing;
using TranscriptMiner.Core.Model;
using TranscriptMiner.Core.Search;

namespace TranscriptMiner.Benchmarks;

/// <summary>
/// Bulk index time and size of a generated corpus of minutes-like segments (<see cref="SegmentIndex.Rebuild"/>), then
/// query latency (p50/p95) of term, phrase and proximity queries, with and without filters, top 20 with snippets and
/// facets, on the read-only view the <c>search</c> command uses. Prints Markdown for docs/benchmarks.md. The index is
/// left at <c>WORKSPACE/index</c> for the cold-start measurement of bench/run-search.sh.
/// </summary>
internal static class SearchIndexBenchmark
{
    public static int Run(SearchBenchmarkSettings settings)
    {
        var generator = new MinutesCorpusGenerator(settings.Seed);
        var indexFolder = Path.Combine(settings.Workspace, "index");
        Console.WriteLine($"date: {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC; cores: {Environment.ProcessorCount}; {RuntimeInformation.OSDescription}; {RuntimeInformation.FrameworkDescription}");
        Console.WriteLine($"load average at start: {LoadAverage()}");
        Console.WriteLine();

        if (!settings.ReuseIndex)
        {
            BuildIndex(generator, settings, indexFolder);
        }

        Console.WriteLine();
        MeasureQueries(generator, settings, indexFolder);
        Console.WriteLine();
        Console.WriteLine($"peak working set of the benchmark process: {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MB; load average at end: {LoadAverage()}");
        return 0;
    }

    private static void BuildIndex(MinutesCorpusGenerator generator, SearchBenchmarkSettings settings, string indexFolder)
    {
        // Generating alone, so that its share of the indexing time is known.
        var stopwatch = Stopwatch.StartNew();
        long characters = 0;
        long words = 0;
        foreach (var segment in generator.Segments(settings.Segments))
        {
            characters += segment.Segment.Text.Length;
            words += segment.Segment.Text.Count(c => c == ' ') + 1;
        }

        var generation = stopwatch.Elapsed.TotalSeconds;

        Directory.CreateDirectory(indexFolder);
        SegmentIndex.DeleteFiles(indexFolder);
        stopwatch.Restart();
        long indexed;
        double rebuild;
        long size;
        using (var index = SegmentIndex.Open(indexFolder))
        {
            indexed = index.Rebuild(generator.Segments(settings.Segments));
            rebuild = stopwatch.Elapsed.TotalSeconds;
            size = index.SizeOnDisk;
        }

        var closed = stopwatch.Elapsed.TotalSeconds;
        var finalSize = new DirectoryInfo(indexFolder).EnumerateFiles().Sum(f => f.Length);
        var luceneSegments = new DirectoryInfo(indexFolder).EnumerateFiles("*.si").Count();

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"corpus: {indexed:N0} segments, {words:N0} words ({(double)words / indexed:F0} a segment), {characters / (1024.0 * 1024):F0} MB of text; generating it alone took {generation:F1} s"));
        Console.WriteLine();
        Console.WriteLine("| bulk index (SegmentIndex.Rebuild) | value |");
        Console.WriteLine("| --- | ---: |");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| Rebuild (generate + analyse + write + commit), s | {rebuild:F1} |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| segments/s | {indexed / rebuild:N0} |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| Rebuild + closing the writer (waits for background merges), s | {closed:F1} |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| index size after commit, MB | {size / (1024.0 * 1024):F0} |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| index size after merges, MB ({luceneSegments} Lucene segments) | {finalSize / (1024.0 * 1024):F0} |"));
    }

    private static void MeasureQueries(MinutesCorpusGenerator generator, SearchBenchmarkSettings settings, string indexFolder)
    {
        var stopwatch = Stopwatch.StartNew();
        using var reader = SegmentIndexReader.Open(indexFolder);
        var service = new SearchService(reader);
        var open = stopwatch.Elapsed.TotalMilliseconds;
        var vocabulary = generator.Vocabulary;

        // Words below rank 32 are function words the analyzer drops; the rest of the top 3,000 are everyday terms.
        Func<Random, string>[] kinds =
        [
            r => vocabulary[r.Next(32, 3000)],
            r => $"\"{MinutesCorpusGenerator.ThemePhrases[r.Next(MinutesCorpusGenerator.ThemePhrases.Length)]}\"",
            r => r.Next(4) == 0 ? "\"data quality\"~5" : $"\"{vocabulary[r.Next(32, 400)]} {vocabulary[r.Next(32, 400)]}\"~5",
        ];
        string[] names = ["term", "phrase", "proximity ~5"];

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"opening the index read-only: {open:F0} ms (first open, includes JIT). {settings.Queries} timed queries per row after {settings.WarmUp} warm-up queries of the same kind (different seed); top 20 with citations, snippets and facets (kind, organisation, year, speaker)."));
        Console.WriteLine();
        Console.WriteLine("| query | filters | p50 ms | p95 ms | max ms | median hits |");
        Console.WriteLine("| --- | --- | ---: | ---: | ---: | ---: |");
        for (var k = 0; k < kinds.Length; k++)
        {
            foreach (var filtered in new[] { false, true })
            {
                var warm = Requests(generator, kinds[k], filtered, settings.WarmUp, settings.Seed + 100 + k);
                foreach (var request in warm)
                {
                    service.Search(request);
                }

                var timed = Requests(generator, kinds[k], filtered, settings.Queries, settings.Seed + 200 + k);
                var latencies = new List<double>(timed.Count);
                var hits = new List<long>(timed.Count);
                foreach (var request in timed)
                {
                    var start = Stopwatch.GetTimestamp();
                    var result = service.Search(request);
                    latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                    hits.Add(result.TotalHits);
                }

                latencies.Sort();
                hits.Sort();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {names[k]} | {(filtered ? "organisation + 2-year date range + kind" : "none")} | {Percentile(latencies, 0.50):F1} | {Percentile(latencies, 0.95):F1} | {latencies[^1]:F1} | {hits[hits.Count / 2]:N0} |"));
            }
        }
    }

    private static List<SearchRequest> Requests(MinutesCorpusGenerator generator, Func<Random, string> query, bool filtered, int count, int seed)
    {
        var random = new Random(seed);
        var requests = new List<SearchRequest>(count);
        for (var i = 0; i < count; i++)
        {
            var text = query(random);
            if (!filtered)
            {
                requests.Add(new SearchRequest { Query = text, Top = 20 });
                continue;
            }

            var from = 2015 + random.Next(0, 8);
            requests.Add(new SearchRequest
            {
                Query = text,
                Top = 20,
                Organisations = [generator.Organisations[random.Next(generator.Organisations.Count)]],
                Kinds = [DocumentKind.Minutes],
                From = new DateOnly(from, 1, 1),
                To = new DateOnly(from + 1, 12, 31),
            });
        }

        return requests;
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

    private static string LoadAverage()
    {
        try
        {
            return File.ReadAllText("/proc/loadavg").Split(' ').Take(3).Aggregate((a, b) => $"{a} {b}");
        }
        catch (IOException)
        {
            return "n/a";
        }
    }
}
