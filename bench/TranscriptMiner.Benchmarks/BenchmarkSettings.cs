using System.Globalization;

namespace TranscriptMiner.Benchmarks;

/// <summary>Command-line settings of the extraction benchmark.</summary>
internal sealed record BenchmarkSettings(int Runs, int Pages, int Copies, string CorpusFolder)
{
    public static BenchmarkSettings Parse(string[] args)
    {
        var runs = 5;
        var pages = 600;
        var copies = 4;
        var corpus = FindCorpus();
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--runs": runs = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--pages": pages = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--copies": copies = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--corpus": corpus = args[i + 1]; break;
                default: throw new ArgumentException($"unknown option {args[i]}");
            }
        }

        return new BenchmarkSettings(runs, pages, copies, corpus);
    }

    private static string FindCorpus()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !Directory.Exists(Path.Combine(directory.FullName, "corpus-samples")))
        {
            directory = directory.Parent;
        }

        return directory is null ? "corpus-samples" : Path.Combine(directory.FullName, "corpus-samples");
    }
}
