using TranscriptMiner.Core.Pipeline;
using TranscriptMiner.Core.Tests.Catalog;

namespace TranscriptMiner.Core.Tests.Pipeline;

public sealed class IndexRepairTests : IDisposable
{
    private readonly PipelineTestBed _bed = new();

    public void Dispose() => _bed.Dispose();

    [Fact]
    public void Repair_CatalogWrittenButIndexNot_IndexMatchesCatalog()
    {
        // A process killed between the catalog transaction and the index commit.
        var a = Path.Combine(_bed.Docs, "a.txt");
        var b = Path.Combine(_bed.Docs, "b.txt");
        _bed.Store.WriteDocument(CatalogTestDocuments.Minutes(a, "Preamble", "Item one"), CatalogTestDocuments.Hash('a'), CatalogTestDocuments.Stamp());
        _bed.Store.WriteDocument(CatalogTestDocuments.Transcript(b, "Interview"), CatalogTestDocuments.Hash('b'), CatalogTestDocuments.Stamp());

        var result = IndexRepair.Repair(_bed.Store, _bed.Index);

        Assert.Equal(new IndexRepairResult(2, 0), result);
        Assert.Equal(2, _bed.Index.Committed.Count);
        _bed.AssertIndexMatchesCatalog();
        Assert.Equal(new IndexRepairResult(0, 0), IndexRepair.Repair(_bed.Store, _bed.Index));
    }

    [Fact]
    public void Repair_RemovedDocumentStillIndexed_DeletesIt()
    {
        var a = Path.Combine(_bed.Docs, "a.txt");
        _bed.Store.WriteDocument(CatalogTestDocuments.Minutes(a, "Preamble"), CatalogTestDocuments.Hash('a'), CatalogTestDocuments.Stamp());
        IndexRepair.Repair(_bed.Store, _bed.Index);
        _bed.Store.MarkRemoved(a);

        var result = IndexRepair.Repair(_bed.Store, _bed.Index);

        Assert.Equal(new IndexRepairResult(0, 1), result);
        Assert.Empty(_bed.Index.Committed);
        _bed.AssertIndexMatchesCatalog();
    }

    [Fact]
    public void Repair_CommitFails_EverythingStaysPendingForNextTime()
    {
        var a = Path.Combine(_bed.Docs, "a.txt");
        _bed.Store.WriteDocument(CatalogTestDocuments.Minutes(a, "Preamble"), CatalogTestDocuments.Hash('a'), CatalogTestDocuments.Stamp());
        _bed.Index.FailingCommits = 1;

        Assert.Throws<IOException>(() => IndexRepair.Repair(_bed.Store, _bed.Index));
        Assert.Single(_bed.Store.PendingIndexDocuments());

        IndexRepair.Repair(_bed.Store, _bed.Index);
        _bed.AssertIndexMatchesCatalog();
    }

    [Fact]
    public void Repair_DocumentWithoutSegments_MarkedIndexed()
    {
        var a = Path.Combine(_bed.Docs, "empty.txt");
        _bed.Store.WriteDocument(CatalogTestDocuments.Build(a, string.Empty, [], new()), CatalogTestDocuments.Hash('e'), CatalogTestDocuments.Stamp());

        IndexRepair.Repair(_bed.Store, _bed.Index);

        Assert.Empty(_bed.Store.PendingIndexDocuments());
    }
}
