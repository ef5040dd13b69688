using TranscriptMiner.Core.Catalog;
using TranscriptMiner.Core.Pipeline;
using TranscriptMiner.Core.Processing;

namespace TranscriptMiner.Core.Tests.Pipeline;

public sealed class IngestPipelineTests : IDisposable
{
    private readonly PipelineTestBed _bed = new();

    public void Dispose() => _bed.Dispose();

    [Fact]
    public async Task RunAsync_FirstIngest_AddsEveryFileAndIndexesExactlyTheirSegments()
    {
        _bed.Write("a.txt", "Item 1 apologies\n\nItem 2 data quality");
        _bed.Write("sub/b.md", "Board papers\n\nFinance report\n\nRisk register");
        _bed.Write("sub/deeper/c.vtt", "Interview transcript");
        var progress = new RecordingProgress();

        var summary = await _bed.IngestAsync(progress: progress);

        Assert.Equal(3, summary.Added);
        Assert.Equal(3, summary.Files);
        Assert.Equal(6, summary.Segments);
        Assert.Equal(6, summary.Pages);
        Assert.False(summary.Cancelled);
        Assert.True(summary.IndexUpToDate);
        Assert.Empty(summary.Failures);
        Assert.Equal(3, _bed.Index.Committed.Count);
        Assert.Equal(
            ["Board papers", "Finance report", "Interview transcript", "Item 1 apologies", "Item 2 data quality", "Risk register"],
            _bed.Index.Committed.Values.SelectMany(s => s).Select(s => s.Segment.Text).Order(StringComparer.Ordinal));
        _bed.AssertIndexMatchesCatalog();
        Assert.Equal(3, progress.Finished.Count(f => f.Outcome == IngestFileOutcome.Added));
        Assert.Equal(3, progress.Started.Count);
        Assert.Equal(new IngestProgressTotals(3, true, 3, 6, 0), progress.Finished.MaxBy(f => f.Totals.FilesDone).Totals);
        var last = _bed.Store.GetStatus().LastIngest;
        Assert.NotNull(last?.FinishedAt);
        Assert.Equal(3, last.Counts.Added);
    }

    [Fact]
    public async Task RunAsync_SecondIngestOfSameFolder_AllUnchangedWithoutProcessing()
    {
        _bed.Write("a.txt", "One");
        _bed.Write("b.txt", "Two");
        await _bed.IngestAsync();
        var commits = _bed.Index.Commits;
        _bed.Processor.Calls.Clear();

        var summary = await _bed.IngestAsync();

        Assert.Equal(2, summary.Unchanged);
        Assert.Equal(0, summary.Added + summary.Updated + summary.Duplicate + summary.Failed);
        Assert.Empty(_bed.Processor.Calls);
        Assert.Equal(commits, _bed.Index.Commits);
        _bed.AssertIndexMatchesCatalog();
    }

    [Fact]
    public async Task RunAsync_SameContentAtTwoPaths_OneDocumentAndOneDuplicate()
    {
        _bed.Write("a.txt", "Same minutes\n\nSame item");
        _bed.Write("copy/a-copy.txt", "Same minutes\n\nSame item");

        var summary = await _bed.IngestAsync(new IngestRunOptions { Parallelism = 1 });

        Assert.Equal(1, summary.Added);
        Assert.Equal(1, summary.Duplicate);
        Assert.Single(_bed.Index.Committed);
        Assert.Equal(1, _bed.Store.GetStatus().LiveDocuments);
        Assert.Equal(2, _bed.Store.GetStatus().LiveLocations);
        _bed.AssertIndexMatchesCatalog();
    }

    [Fact]
    public async Task RunAsync_ModifiedFile_UpdatedAndIndexHoldsOnlyNewSegments()
    {
        var path = _bed.Write("a.txt", "Old first\n\nOld second");
        _bed.Write("b.txt", "Other");
        await _bed.IngestAsync();
        _bed.Write("a.txt", "New first\n\nNew second\n\nNew third", minute: 5);

        var summary = await _bed.IngestAsync();

        Assert.Equal(1, summary.Updated);
        Assert.Equal(1, summary.Unchanged);
        Assert.Equal(3, summary.Segments);
        var documentId = _bed.Store.FindLocation(path)!.DocumentId;
        Assert.Equal(["New first", "New second", "New third"], _bed.Index.Committed[documentId].Select(s => s.Segment.Text));
        Assert.DoesNotContain(_bed.Index.Committed.Values.SelectMany(s => s), s => s.Segment.Text.StartsWith("Old", StringComparison.Ordinal));
        _bed.AssertIndexMatchesCatalog();
    }

    [Fact]
    public async Task RunAsync_FailingFiles_RecordedAndTheOthersIngested()
    {
        _bed.Write("a.txt", "Good one");
        var bad = _bed.Write("bad.txt", "FAIL here");
        var broken = _bed.Write("broken.txt", "THROW here");
        _bed.Write("c.txt", "Good two");

        var summary = await _bed.IngestAsync();

        Assert.Equal(2, summary.Added);
        Assert.Equal(2, summary.Failed);
        Assert.Contains(summary.Failures, f => f.Path == bad && f.Kind == "corrupt" && f.Reason == "the file is damaged");
        Assert.Contains(summary.Failures, f => f.Path == broken && f.Kind == "corrupt" && f.Reason.Contains("fake processor broke", StringComparison.Ordinal));
        var record = _bed.Store.FindFailure(bad);
        Assert.NotNull(record);
        Assert.Equal("fake", record.PluginId);
        Assert.NotNull(record.ContentHash);
        Assert.NotNull(_bed.Store.FindFailure(broken));
        _bed.AssertIndexMatchesCatalog();
    }

    [Fact]
    public async Task RunAsync_PreviouslyFailedFile_SkippedUntilChangedOrRetried()
    {
        var bad = _bed.Write("bad.txt", "FAIL here");
        await _bed.IngestAsync();
        _bed.Processor.Calls.Clear();

        var skipped = await _bed.IngestAsync();
        Assert.Equal(1, skipped.SkippedPreviouslyFailed);
        Assert.Equal(0, skipped.Failed);
        Assert.Empty(_bed.Processor.Calls);

        var retried = await _bed.IngestAsync(new IngestRunOptions { RetryFailed = true });
        Assert.Equal(1, retried.Failed);
        Assert.Equal(["bad.txt"], _bed.Processor.Calls);
        Assert.Equal(2, _bed.Store.FindFailure(bad)!.Attempts);

        _bed.Write("bad.txt", "Fixed now", minute: 9);
        var changed = await _bed.IngestAsync();
        Assert.Equal(1, changed.Added);
        Assert.Null(_bed.Store.FindFailure(bad));
        _bed.AssertIndexMatchesCatalog();
    }

    [Fact]
    public async Task RunAsync_FailedFileTouchedButSameContent_StillSkipped()
    {
        _bed.Write("bad.txt", "FAIL here");
        await _bed.IngestAsync();
        _bed.Write("bad.txt", "FAIL here", minute: 3);
        _bed.Processor.Calls.Clear();

        var summary = await _bed.IngestAsync();

        Assert.Equal(1, summary.SkippedPreviouslyFailed);
        Assert.Empty(_bed.Processor.Calls);
    }

    [Fact]
    public async Task RunAsync_CancelledMidRun_WrittenDocumentsCommittedAndConsistent()
    {
        foreach (var name in new[] { "a", "b", "c", "d" })
        {
            _bed.Write($"{name}.txt", $"Document {name}\n\nSecond paragraph of {name}");
        }

        var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _bed.Processor.BeforeProcess = async (path, ct) =>
        {
            if (Path.GetFileName(path) == "c.txt")
            {
                reached.TrySetResult();
                await Task.Delay(Timeout.Infinite, ct);
            }
        };
        using var cts = new CancellationTokenSource();

        var run = _bed.IngestAsync(new IngestRunOptions { Parallelism = 1, CommitBatchSize = 1000, CommitInterval = TimeSpan.FromHours(1) }, cancellationToken: cts.Token);
        await reached.Task;
        await cts.CancelAsync();
        var summary = await run;

        Assert.True(summary.Cancelled);
        Assert.Equal(2, summary.Added);
        Assert.Empty(summary.Failures);
        Assert.DoesNotContain("d.txt", _bed.Processor.Calls);
        Assert.Equal(2, _bed.Index.Committed.Count);
        _bed.AssertIndexMatchesCatalog();
        Assert.Null(_bed.Store.FindFailure(Path.Combine(_bed.Docs, "c.txt")));
        Assert.NotNull(_bed.Store.GetStatus().LastIngest?.FinishedAt);

        _bed.Processor.BeforeProcess = null;
        var next = await _bed.IngestAsync();
        Assert.Equal(2, next.Added);
        Assert.Equal(2, next.Unchanged);
        _bed.AssertIndexMatchesCatalog();
    }

    [Fact]
    public async Task RunAsync_CancelledBeforeStart_ReturnsCancelledSummary()
    {
        _bed.Write("a.txt", "One");
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        var summary = await _bed.IngestAsync(cancellationToken: cts.Token);

        Assert.True(summary.Cancelled);
        Assert.Equal(0, summary.Added);
        _bed.AssertIndexMatchesCatalog();
    }

    [Fact]
    public async Task RunAsync_IndexCommitFailsOnce_ReportedAndNextRunRepairs()
    {
        _bed.Write("a.txt", "One\n\nTwo");
        _bed.Write("b.txt", "Three");
        _bed.Index.FailingCommits = 1;
        var progress = new RecordingProgress();

        var failed = await _bed.IngestAsync(new IngestRunOptions { CommitBatchSize = 1000, CommitInterval = TimeSpan.FromHours(1) }, progress);

        Assert.Equal(2, failed.Added);
        Assert.False(failed.IndexUpToDate);
        Assert.Contains(failed.Warnings, w => w.Contains("search index could not be updated", StringComparison.Ordinal) && w.Contains("No space left on device", StringComparison.Ordinal));
        Assert.Contains(progress.Warnings, w => w.Contains("No space left on device", StringComparison.Ordinal));
        Assert.Empty(_bed.Index.Committed);
        Assert.Equal(2, _bed.Store.PendingIndexDocuments().Count);

        var next = await _bed.IngestAsync();

        Assert.Equal(2, next.Repaired);
        Assert.Equal(2, next.Unchanged);
        Assert.True(next.IndexUpToDate);
        _bed.AssertIndexMatchesCatalog();
    }

    [Fact]
    public async Task RunAsync_FolderWalk_SkipsHiddenTemporarySidecarAndUnknownFiles()
    {
        _bed.Write("keep.txt", "Kept");
        _bed.Write("notes.md", "Kept too");
        _bed.Write(".hidden.txt", "No");
        _bed.Write(".git/config.txt", "No");
        _bed.Write("~$draft.txt", "No");
        _bed.Write("download.txt.part", "No");
        _bed.Write("x.tmp", "No");
        _bed.Write("y.crdownload", "No");
        _bed.Write("keep.meta.json", "{}");
        _bed.Write("keep.expected.json", "{}");
        _bed.Write("image.png", "No");

        var summary = await _bed.IngestAsync();

        Assert.Equal(2, summary.Files);
        Assert.Equal(["keep.txt", "notes.md"], _bed.Processor.Calls.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task RunAsync_FileNamedDirectly_TakenAsGivenAndRepeatsHandledOnce()
    {
        var png = _bed.Write("scan.png", "A picture's text");
        var txt = _bed.Write("a.txt", "One");

        var summary = await _bed.Pipeline().RunAsync([png, txt, _bed.Docs], new IngestRunOptions { Parallelism = 2 }, null, CancellationToken.None);

        Assert.Equal(2, summary.Files);
        Assert.Equal(2, summary.Added);
    }

    [Fact]
    public async Task RunAsync_MissingPath_WarnsAndGoesOn()
    {
        _bed.Write("a.txt", "One");
        var missing = Path.Combine(_bed.Docs, "nope");

        var summary = await _bed.Pipeline().RunAsync([missing, _bed.Docs], null, null, CancellationToken.None);

        Assert.Equal(1, summary.Added);
        Assert.Contains(summary.Warnings, w => w.Contains(missing, StringComparison.Ordinal) && w.Contains("no such file", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_RemoveMissingFiles_MarksDeletedPathRemovedAndLeavesIndex()
    {
        var a = _bed.Write("a.txt", "One");
        _bed.Write("b.txt", "Two");
        await _bed.IngestAsync();
        File.Delete(a);

        var summary = await _bed.Pipeline().RunAsync(
            ToAsync([a]),
            new IngestRunOptions { RemoveMissingFiles = true, SkipRepeatedPaths = false },
            null,
            CancellationToken.None);

        Assert.Equal(1, summary.Removed);
        Assert.Single(_bed.Index.Committed);
        _bed.AssertIndexMatchesCatalog();
    }

    [Fact]
    public async Task RunAsync_WithHook_CalledOncePerWrittenDocument()
    {
        _bed.Write("a.txt", "One");
        _bed.Write("b.txt", "One");
        _bed.Write("bad.txt", "FAIL");
        var hook = new RecordingHook();

        await _bed.Pipeline(hook, new ThrowingHook()).RunAsync([_bed.Docs], new IngestRunOptions { Parallelism = 1 }, null, CancellationToken.None);

        Assert.Equal([WriteOutcome.Added, WriteOutcome.Duplicate], hook.Outcomes.Order());
        _bed.AssertIndexMatchesCatalog();
    }

    [Fact]
    public async Task RunAsync_SmallCommitBatches_MarksIndexedOnlyAfterCommit()
    {
        for (var i = 0; i < 7; i++)
        {
            _bed.Write($"f{i}.txt", $"File {i}");
        }

        var summary = await _bed.IngestAsync(new IngestRunOptions { Parallelism = 2, CommitBatchSize = 2, WriteQueueCapacity = 1 });

        Assert.Equal(7, summary.Added);
        Assert.True(_bed.Index.Commits >= 4);
        _bed.AssertIndexMatchesCatalog();
    }

    [Fact]
    public async Task RunAsync_OpenStream_CommitsAfterTheIntervalWithoutWaitingForTheEnd()
    {
        // The watch worker's case: the stream stays open, yet a written file must become searchable.
        var a = _bed.Write("a.txt", "Watched file");
        var stop = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var run = _bed.Pipeline().RunAsync(
            OpenStream(a, stop.Task),
            new IngestRunOptions { CommitBatchSize = 1000, CommitInterval = TimeSpan.FromMilliseconds(20), SkipRepeatedPaths = false },
            null,
            CancellationToken.None);
        await _bed.Index.FirstCommit.WaitAsync(TimeSpan.FromMinutes(2));

        Assert.False(run.IsCompleted);
        Assert.Single(_bed.Index.Committed);
        Assert.Empty(_bed.Store.PendingIndexDocuments());
        stop.SetResult();
        var summary = await run;
        Assert.Equal(1, summary.Added);
        _bed.AssertIndexMatchesCatalog();
    }

    [Fact]
    public async Task RunAsync_RemoveMissingFiles_DeletedFolderRemovesEveryPathUnderIt()
    {
        _bed.Write("keep.txt", "Kept");
        _bed.Write("old/a.txt", "One");
        _bed.Write("old/deeper/b.txt", "Two");
        await _bed.IngestAsync();
        Directory.Delete(Path.Combine(_bed.Docs, "old"), recursive: true);

        var summary = await _bed.Pipeline().RunAsync([Path.Combine(_bed.Docs, "old")], new IngestRunOptions { RemoveMissingFiles = true }, null, CancellationToken.None);

        Assert.Equal(2, summary.Removed);
        Assert.Single(_bed.Index.Committed);
        _bed.AssertIndexMatchesCatalog();
    }

    [Fact]
    public async Task RunAsync_FileChangedWhileRead_FailsThenRetriedOnceStable()
    {
        var a = _bed.Write("a.txt", "First draft");
        _bed.Write("b.txt", "Other");
        _bed.Processor.BeforeProcess = (path, _) =>
        {
            if (path == a)
            {
                _bed.Write("a.txt", "Second draft, longer", minute: 1);
            }

            return Task.CompletedTask;
        };

        var first = await _bed.IngestAsync();

        Assert.Equal(1, first.Added);
        var failure = Assert.Single(first.Failures);
        Assert.Equal("unreadable", failure.Kind);
        Assert.Contains("changed while it was being read", failure.Reason, StringComparison.Ordinal);
        _bed.Processor.BeforeProcess = null;

        var second = await _bed.IngestAsync();

        Assert.Equal(1, second.Added);
        Assert.Null(_bed.Store.FindFailure(a));
        _bed.AssertIndexMatchesCatalog();
    }

    [Fact]
    public async Task RunAsync_FileDeletedWhileRead_RecordedAsUnreadableAndRunGoesOn()
    {
        var a = _bed.Write("a.txt", "Going away");
        _bed.Write("b.txt", "Staying");
        _bed.Processor.BeforeProcess = (path, _) =>
        {
            if (path == a)
            {
                File.Delete(a);
            }

            return Task.CompletedTask;
        };

        var summary = await _bed.IngestAsync();

        Assert.Equal(1, summary.Added);
        Assert.Equal("unreadable", Assert.Single(summary.Failures).Kind);
        _bed.AssertIndexMatchesCatalog();
    }

    private static async IAsyncEnumerable<string> OpenStream(string path, Task stop)
    {
        yield return path;
        await stop;
    }

    private static async IAsyncEnumerable<string> ToAsync(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            await Task.Yield();
            yield return path;
        }
    }

    private sealed class RecordingHook : IDocumentWrittenHook
    {
        public List<WriteOutcome> Outcomes { get; } = [];

        public ValueTask OnDocumentWrittenAsync(DocumentWrite write, ProcessedDocument document, CancellationToken cancellationToken)
        {
            Outcomes.Add(write.Outcome);
            return ValueTask.CompletedTask;
        }
    }

    private sealed class ThrowingHook : IDocumentWrittenHook
    {
        public ValueTask OnDocumentWrittenAsync(DocumentWrite write, ProcessedDocument document, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("hook broke");
    }
}
