using TranscriptMiner.Core.Catalog;
using TranscriptMiner.Core.Pipeline;
using TranscriptMiner.Core.Tests.Support;

namespace TranscriptMiner.Core.Tests.Pipeline;

/// <summary>A real catalog in a temp workspace, a fake index and a fake processor, and a documents folder.</summary>
internal sealed class PipelineTestBed : IDisposable
{
    private static readonly DateTime BaseTime = new(2026, 3, 1, 10, 0, 0, DateTimeKind.Utc);
    private readonly TempDirectory _temp = new();

    public PipelineTestBed()
    {
        Layout = new WorkspaceLayout(_temp.Combine("workspace"));
        Database = CatalogDatabase.Open(Layout.CatalogPath);
        Store = new CatalogStore(Database);
        Docs = _temp.Combine("docs");
        Directory.CreateDirectory(Docs);
    }

    public WorkspaceLayout Layout { get; }

    public CatalogDatabase Database { get; }

    public CatalogStore Store { get; }

    public FakeSegmentIndex Index { get; } = new();

    public FakeDocumentProcessor Processor { get; } = new();

    public string Docs { get; }

    public static IngestFileFilter Filter { get; } = new([".txt", ".md", ".vtt"]);

    /// <summary>Writes a file under the documents folder with a given mtime (minutes after a fixed instant).</summary>
    public string Write(string relativePath, string text, int minute = 0)
    {
        var path = Path.Combine(Docs, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        File.SetLastWriteTimeUtc(path, BaseTime.AddMinutes(minute));
        return path;
    }

    public IngestPipeline Pipeline(params IDocumentWrittenHook[] hooks) => new(Store, Index, Processor, Filter, hooks);

    public Task<IngestSummary> IngestAsync(IngestRunOptions? options = null, IIngestProgress? progress = null, CancellationToken cancellationToken = default) =>
        Pipeline().RunAsync([Docs], options ?? new IngestRunOptions { Parallelism = 2 }, progress, cancellationToken);

    /// <summary>Asserts that the index holds exactly the catalog's live segments and nothing is pending.</summary>
    public void AssertIndexMatchesCatalog()
    {
        var live = Store.ReadAllLiveSegments().Select(s => s.SegmentId).ToHashSet();
        Assert.Equal(live.Order(), Index.CommittedSegmentIds.Order());
        Assert.Empty(Store.PendingIndexDocuments());
        Assert.Empty(Store.PendingIndexDeletions());
    }

    public void Dispose()
    {
        Database.Dispose();
        _temp.Dispose();
    }
}
