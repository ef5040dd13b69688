using System.Globalization;

namespace TranscriptMiner.Benchmarks;

/// <summary>Command-line settings of the index and search benchmark (<c>search-index</c> mode).</summary>
internal sealed record SearchBenchmarkSettings(long Segments, string Workspace, int Queries, int WarmUp, bool ReuseIndex, int Seed)
{
    public static SearchBenchmarkSettings Parse(string[] args)
    {
        long segments = 1_000_000;
        var workspace = Path.Combine(Path.GetTempPath(), "tm-search-bench");
        var queries = 200;
        var warmUp = 50;
        var reuse = false;
        var seed = 20261123;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--segments": segments = long.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--workspace": workspace = args[++i]; break;
                case "--queries": queries = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--warm-up": warmUp = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--seed": seed = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--reuse-index": reuse = true; break;
                default: throw new ArgumentException($"unknown option {args[i]}");
            }
        }

        return new SearchBenchmarkSettings(segments, Path.GetFullPath(workspace), queries, warmUp, reuse, seed);
    }
}
