using System.Diagnostics;
using System.Globalization;
using TranscriptMiner.Cli.Watch;
using TranscriptMiner.Core.Catalog;
using TranscriptMiner.Core.Indexing;

namespace TranscriptMiner.Cli.Tests.Watch;

/// <summary>The real program under <c>watch</c>, stopped with SIGTERM as systemd stops it: a clean exit, nothing half-written.</summary>
public sealed class WatchSigtermTests : IDisposable
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);
    private readonly string _root = Directory.CreateTempSubdirectory("tm-sigterm-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task Sigterm_stops_the_worker_cleanly_with_catalog_and_index_in_step()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_root, "in")).FullName;
        var workspace = Path.Combine(_root, "workspace");
        var layout = new WorkspaceLayout(workspace);
        var program = Path.Combine(AppContext.BaseDirectory, "transcriptminer.dll");
        var start = new ProcessStartInfo("dotnet", [program, "watch", folder, "--workspace", workspace, "--set", "TranscriptMiner:Watch:DebounceMilliseconds=50"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["CI"] = "true" },
        };
        using var watcher = Process.Start(start) ?? throw new InvalidOperationException("could not start transcriptminer watch");
        var stderr = watcher.StandardError.ReadToEndAsync();
        _ = watcher.StandardOutput.ReadToEndAsync();

        await WaitUntilAsync(() => File.Exists(WatchStatusFile.PathIn(layout)), "the worker is running");
        for (var i = 0; i < 20; i++)
        {
            await File.WriteAllTextAsync(
                Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"minutes-{i:D2}.txt")),
                string.Create(CultureInfo.InvariantCulture, $"Minutes {i}\n\n1. Data quality\n\nThe committee discussed data quality report {i} and the dashboard.\n"));
        }

        await WaitUntilAsync(() => LiveDocuments(layout) >= 5, "some files are ingested");
        using (var term = Process.Start("kill", ["-TERM", watcher.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            await term!.WaitForExitAsync();
        }

        await watcher.WaitForExitAsync().WaitAsync(Deadline);

        Assert.True(watcher.ExitCode == 0, $"exit code {watcher.ExitCode}: {await stderr}");
        Assert.False(File.Exists(WatchStatusFile.PathIn(layout)), "the status file is removed on a clean stop");
        HashSet<long> catalogIds;
        using (var catalog = CatalogWorkspace.OpenReadOnly(layout))
        {
            Assert.Equal(0, catalog.Store.GetStatus().PendingIndex);
            catalogIds = catalog.Store.ReadAllLiveSegments().Select(s => s.SegmentId).ToHashSet();
        }

        using var index = SegmentIndex.Open(layout.IndexFolder);
        Assert.True(catalogIds.SetEquals(index.AllSegmentIds()), "index and catalog hold different segments after SIGTERM");
    }

    private static int LiveDocuments(WorkspaceLayout layout)
    {
        if (!File.Exists(layout.CatalogPath))
        {
            return 0;
        }

        using var catalog = CatalogWorkspace.OpenReadOnly(layout);
        return catalog.Store.GetStatus().LiveDocuments;
    }

    private static async Task WaitUntilAsync(Func<bool> condition, string what)
    {
        var started = TimeProvider.System.GetTimestamp();
        while (!condition())
        {
            Assert.True(TimeProvider.System.GetElapsedTime(started) < Deadline, $"Timed out waiting until {what}.");
            await Task.Delay(20);
        }
    }
}
