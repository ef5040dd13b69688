using System.Diagnostics;
using System.Globalization;
using TranscriptMiner.Core.Catalog;
using TranscriptMiner.Core.Indexing;

namespace TranscriptMiner.Cli.Tests;

/// <summary>An ingest killed with SIGKILL half-way, then run again: catalog and index agree, nothing is duplicated.</summary>
public sealed class KilledIngestTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("tm-kill-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task Restart_after_a_kill_repairs_and_completes_without_duplicates()
    {
        var input = Path.Combine(_root, "in");
        var workspace = Path.Combine(_root, "workspace");
        Directory.CreateDirectory(input);
        for (var i = 0; i < 300; i++)
        {
            await File.WriteAllTextAsync(
                Path.Combine(input, string.Create(CultureInfo.InvariantCulture, $"minutes-{i:D3}.txt")),
                string.Create(CultureInfo.InvariantCulture, $"Minutes of meeting {i}\n\n1. Data quality\n\nThe committee discussed data quality report number {i} and agreed that the dashboard for locality {i % 7} needs a data champion.\n"));
        }

        await KillPartWayAsync(input, workspace, afterFiles: 20);

        using (var output = new StringWriter())
        using (var error = new StringWriter())
        {
            var code = await CliApplication.RunAsync(["ingest", input, "--workspace", workspace], output, error);
            Assert.Equal(0, code);
        }

        var layout = new WorkspaceLayout(workspace);
        HashSet<long> catalogIds;
        using (var catalog = CatalogWorkspace.OpenReadOnly(layout))
        {
            Assert.Equal(300, catalog.Store.GetStatus().LiveDocuments);
            catalogIds = catalog.Store.ReadAllLiveSegments().Select(s => s.SegmentId).ToHashSet();
        }

        using var index = SegmentIndex.Open(layout.IndexFolder);
        Assert.Equal(catalogIds.Count, index.Count);
        Assert.True(catalogIds.SetEquals(index.AllSegmentIds()), "index and catalog hold different segments");
    }

    private static async Task KillPartWayAsync(string input, string workspace, int afterFiles)
    {
        var program = Path.Combine(AppContext.BaseDirectory, "transcriptminer.dll");
        var start = new ProcessStartInfo("dotnet", [program, "ingest", input, "--workspace", workspace, "--parallelism", "1"])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            Environment = { ["CI"] = "true" },
        };
        using var child = Process.Start(start) ?? throw new InvalidOperationException("could not start the ingest process");
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var done = 0;
        while (done < afterFiles && await child.StandardError.ReadLineAsync(deadline.Token) is { } line)
        {
            if (line.StartsWith('[') && line.Contains(" added ", StringComparison.Ordinal))
            {
                done++;
            }
        }

        child.Kill(entireProcessTree: true);
        await child.WaitForExitAsync(deadline.Token);
        Assert.True(done >= afterFiles, $"the child finished or failed after {done} files, before it could be killed");
    }
}
