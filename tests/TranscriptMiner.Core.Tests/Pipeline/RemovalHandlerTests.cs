using TranscriptMiner.Core.Pipeline;

namespace TranscriptMiner.Core.Tests.Pipeline;

public sealed class RemovalHandlerTests : IDisposable
{
    private readonly PipelineTestBed _bed = new();

    public void Dispose() => _bed.Dispose();

    [Fact]
    public async Task Remove_LastLocation_DocumentLeavesIndex()
    {
        var a = _bed.Write("a.txt", "One\n\nTwo");
        _bed.Write("b.txt", "Three");
        await _bed.IngestAsync();

        var result = new RemovalHandler(_bed.Store, _bed.Index).Remove(a);

        Assert.True(result.WasKnown);
        Assert.Single(result.DocumentIdsToDelete);
        Assert.Single(_bed.Index.Committed);
        _bed.AssertIndexMatchesCatalog();
    }

    [Fact]
    public async Task Remove_OneOfTwoLocations_DocumentReindexedWithTheOtherPath()
    {
        var a = _bed.Write("a.txt", "Same");
        var copy = _bed.Write("z-copy.txt", "Same");
        await _bed.IngestAsync(new IngestRunOptions { Parallelism = 1 });

        var result = new RemovalHandler(_bed.Store, _bed.Index).Remove(a);

        Assert.Empty(result.DocumentIdsToDelete);
        var segments = Assert.Single(_bed.Index.Committed).Value;
        Assert.All(segments, s => Assert.Equal(copy, s.SourcePath));
        _bed.AssertIndexMatchesCatalog();
    }

    [Fact]
    public void Remove_UnknownPath_NothingHappens()
    {
        var result = new RemovalHandler(_bed.Store, _bed.Index).Remove(Path.Combine(_bed.Docs, "never.txt"));

        Assert.False(result.WasKnown);
        Assert.Equal(0, _bed.Index.Commits);
    }

    [Fact]
    public async Task Remove_IndexCommitFails_CatalogStandsAndRepairFinishes()
    {
        var a = _bed.Write("a.txt", "One");
        await _bed.IngestAsync();
        _bed.Index.FailingCommits = 1;

        Assert.Throws<IOException>(() => new RemovalHandler(_bed.Store, _bed.Index).Remove(a));

        Assert.Single(_bed.Store.PendingIndexDeletions());
        IndexRepair.Repair(_bed.Store, _bed.Index);
        Assert.Empty(_bed.Index.Committed);
        _bed.AssertIndexMatchesCatalog();
    }
}
