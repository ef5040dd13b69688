using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TranscriptMiner.Cli.Watch;
using TranscriptMiner.Core.Catalog;
using TranscriptMiner.Core.Indexing;

namespace TranscriptMiner.Cli.Tests.Watch;

/// <summary>The watch host started in process on a temporary folder and workspace, with a 50 ms debounce.</summary>
public sealed class WatchEndToEndTests : IDisposable
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(20);

    private readonly string _root = Directory.CreateTempSubdirectory("tm-watch-").FullName;

    private string Workspace => Path.Combine(_root, "workspace");

    private string Folder => Path.Combine(_root, "in");

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task Watch_ingests_complete_files_waits_for_half_written_ones_ignores_temporary_ones_and_removes_deleted_ones()
    {
        Directory.CreateDirectory(Folder);
        using var host = BuildHost(Folder);
        var session = host.Services.GetRequiredService<WatchSession>();
        await host.StartAsync();
        var catalog = (await session.WaitForCatalogAsync(CancellationToken.None))!;
        var complete = Path.Combine(Folder, "complete.txt");
        var partial = Path.Combine(Folder, "download.txt.part");
        var chunked = Path.Combine(Folder, "chunked.txt");

        await File.WriteAllTextAsync(complete, Transcript("The dashboard figures were contradictory and nobody trusted them at the board."));
        await File.WriteAllTextAsync(partial, Transcript("A partial download that must never be read by the watcher at all."));
        await using (var copier = new FileStream(chunked, FileMode.CreateNew, FileAccess.Write, FileShare.None))
        {
            await copier.WriteAsync(System.Text.Encoding.UTF8.GetBytes(Transcript("First half of the copied file about waiting lists in community services.")));
            await copier.FlushAsync();
            await WaitUntilAsync(() => IsLive(catalog, complete), "the complete file is ingested");
            await WaitUntilAsync(() => session.DeferredLocked > 0, "the file held by the copier is deferred");
            Assert.Null(catalog.FindLocation(chunked));
            await copier.WriteAsync(System.Text.Encoding.UTF8.GetBytes("P2: Second half says the frailty pathway needs a named clinical lead before spring.\n"));
        }

        await WaitUntilAsync(() => IsLive(catalog, chunked), "the chunked file is ingested once complete");
        var text = string.Join(" ", catalog.ReadAllLiveSegments().Where(s => s.SourcePath == chunked).Select(s => s.Segment.Text));
        Assert.Contains("named clinical lead", text, StringComparison.Ordinal);
        Assert.Contains("waiting lists", text, StringComparison.Ordinal);
        // The catalog shows the document a moment before the pipeline reports the file finished.
        await WaitUntilAsync(() => session.Statistics.TimesWritten(chunked) > 0, "the chunked file is reported written");
        Assert.Equal(1, session.Statistics.TimesWritten(chunked));

        await WaitUntilAsync(() => File.Exists(Path.Combine(Workspace, WatchStatusFile.FileName)), "the status file is written");
        using (var output = new StringWriter())
        using (var error = new StringWriter())
        {
            Assert.Equal(0, await CliApplication.RunAsync(["status", "--workspace", Workspace], output, error));
            Assert.Contains("watching:   since", output.ToString(), StringComparison.Ordinal);
        }

        File.Delete(complete);
        await WaitUntilAsync(() => !IsLive(catalog, complete), "the deleted file's document is removed");

        Assert.Null(catalog.FindLocation(partial));
        Assert.Equal(0, session.TimesHandedOver(partial));

        await host.StopAsync();

        Assert.False(File.Exists(Path.Combine(Workspace, WatchStatusFile.FileName)));
        AssertCatalogAndIndexAgree(expectedLiveDocuments: 1);
    }

    [Fact]
    public async Task Watcher_error_requests_a_reconcile_that_picks_up_a_file_created_while_blind()
    {
        // The folder does not exist when watching starts, so no watcher sees it: only a reconcile scan can find the file.
        using var host = BuildHost(Folder);
        var session = host.Services.GetRequiredService<WatchSession>();
        await host.StartAsync();
        var catalog = (await session.WaitForCatalogAsync(CancellationToken.None))!;
        await WaitUntilAsync(() => session.Reconciles >= 1, "the start-up reconcile scan ran");
        Directory.CreateDirectory(Folder);
        var blind = Path.Combine(Folder, "blind.txt");
        await File.WriteAllTextAsync(blind, Transcript("Minutes noted that the integrated care board would review primary care access."));

        host.Services.GetRequiredService<FolderWatcherService>().OnWatcherError(new InternalBufferOverflowException("buffer overflow"));

        await WaitUntilAsync(() => session.Reconciles >= 2, "a reconcile scan follows the watcher error");
        await WaitUntilAsync(() => IsLive(catalog, blind), "the file created while blind is ingested");
        await host.StopAsync();
        AssertCatalogAndIndexAgree(expectedLiveDocuments: 1);
    }

    [Fact]
    public async Task Watch_reingests_a_changed_file_and_removes_a_deleted_folder()
    {
        var sub = Path.Combine(Folder, "board");
        Directory.CreateDirectory(sub);
        var changed = Path.Combine(Folder, "notes.txt");
        var inFolder = Path.Combine(sub, "minutes.txt");
        await File.WriteAllTextAsync(changed, Transcript("The dashboard figures were contradictory and nobody trusted them at the board."));
        await File.WriteAllTextAsync(inFolder, Transcript("Apologies were received from the director of finance and the chief nurse."));
        using var host = BuildHost(Folder);
        var session = host.Services.GetRequiredService<WatchSession>();
        await host.StartAsync();
        var catalog = (await session.WaitForCatalogAsync(CancellationToken.None))!;
        await WaitUntilAsync(() => IsLive(catalog, changed) && IsLive(catalog, inFolder), "the start-up scan ingests both files");
        var first = catalog.FindLocation(changed)!.ContentHash;

        await File.WriteAllTextAsync(changed, Transcript("Since the data champion arrived the figures are reconciled every single month."));
        Directory.Delete(sub, recursive: true);

        await WaitUntilAsync(() => catalog.FindLocation(changed) is { IsLive: true } location && location.ContentHash != first, "the changed file is read again");
        await WaitUntilAsync(() => !IsLive(catalog, inFolder), "the deleted folder's document is removed");
        var text = string.Join(" ", catalog.ReadAllLiveSegments().Select(s => s.Segment.Text));
        Assert.Contains("data champion", text, StringComparison.Ordinal);
        Assert.DoesNotContain("contradictory", text, StringComparison.Ordinal);
        await host.StopAsync();
        AssertCatalogAndIndexAgree(expectedLiveDocuments: 1);
    }

    [Fact]
    public async Task Watch_command_on_a_workspace_in_use_exits_with_1()
    {
        Directory.CreateDirectory(Folder);
        using var holder = CatalogWorkspace.OpenForWriting(new WorkspaceLayout(Workspace));
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = await CliApplication.RunAsync(["watch", Folder, "--workspace", Workspace], output, error);

        Assert.Equal(CliApplication.Failed, code);
    }

    [Fact]
    public async Task Watch_on_a_workspace_in_use_stops_with_a_failure_exit_code()
    {
        Directory.CreateDirectory(Folder);
        using var holder = CatalogWorkspace.OpenForWriting(new WorkspaceLayout(Workspace));
        using var host = BuildHost(Folder);
        var session = host.Services.GetRequiredService<WatchSession>();
        var stopping = host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;

        await host.StartAsync();

        Assert.True(stopping.IsCancellationRequested);
        Assert.Equal(CliApplication.Failed, session.ExitCode);
        Assert.Null(await session.WaitForCatalogAsync(CancellationToken.None));
        await host.StopAsync();
    }

    [Fact]
    public async Task Watch_command_without_folders_is_a_bad_argument()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = await CliApplication.RunAsync(["watch", "--workspace", Workspace], output, error);

        Assert.Equal(CliApplication.BadArguments, code);
        Assert.Contains("no folders to watch", error.ToString(), StringComparison.Ordinal);
    }

    private static string Transcript(string line) =>
        $"Interviewer: What did the commissioners decide about this item at the meeting?\n\nP1: {line}\n";

    private static bool IsLive(CatalogStore catalog, string path) => catalog.FindLocation(path) is { IsLive: true };

    private static async Task WaitUntilAsync(Func<bool> condition, string what)
    {
        var started = TimeProvider.System.GetTimestamp();
        while (!condition())
        {
            if (TimeProvider.System.GetElapsedTime(started) > Deadline)
            {
                Assert.Fail($"Timed out waiting until {what}.");
            }

            await Task.Delay(20);
        }
    }

    private IHost BuildHost(string folder) =>
        WatchHost.Build(
            new Dictionary<string, string?>
            {
                ["TranscriptMiner:Workspace"] = Workspace,
                ["TranscriptMiner:Watch:DebounceMilliseconds"] = "50",
                ["TranscriptMiner:Watch:StableChecks"] = "2",
                ["TranscriptMiner:Watch:ReconcileIntervalMinutes"] = "10",
            },
            [folder]);

    private void AssertCatalogAndIndexAgree(int expectedLiveDocuments)
    {
        using var workspace = CatalogWorkspace.OpenForWriting(new WorkspaceLayout(Workspace));
        using var index = SegmentIndex.Open(workspace.Layout.IndexFolder);
        var live = workspace.Store.ReadAllLiveSegments().ToList();
        Assert.Equal(expectedLiveDocuments, live.Select(s => s.DocumentId).Distinct().Count());
        Assert.Equal(live.Select(s => s.SegmentId).ToHashSet(), index.AllSegmentIds().ToHashSet());
    }
}
