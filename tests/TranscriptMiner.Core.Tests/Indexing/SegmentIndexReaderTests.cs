using TranscriptMiner.Core.Indexing;
using TranscriptMiner.Core.Search;
using static TranscriptMiner.Core.Tests.Indexing.IndexTestData;

namespace TranscriptMiner.Core.Tests.Indexing;

public sealed class SegmentIndexReaderTests : IDisposable
{
    private readonly string _path = TempDirectory();

    public void Dispose() => Directory.Delete(_path, recursive: true);

    [Fact]
    public void Open_WhileAnotherWriterHoldsTheIndex_SearchesItsCommits()
    {
        using var writer = SegmentIndex.Open(_path);
        writer.ReplaceDocument(1, [Segment(1, 1, "The dashboard was trusted by the practices.")]);
        writer.Commit();

        using var reader = SegmentIndexReader.Open(_path);
        var search = new SearchService(reader);
        Assert.Equal(1, search.Search(new SearchRequest { Query = "dashboard" }).TotalHits);

        writer.ReplaceDocument(2, [Segment(2, 2, "A second dashboard for urgent care.")]);
        Assert.Equal(1, search.Search(new SearchRequest { Query = "dashboard" }).TotalHits);

        writer.Commit();
        Assert.Equal(2, search.Search(new SearchRequest { Query = "dashboard" }).TotalHits);
    }

    [Fact]
    public void Open_WithoutAnIndex_ThrowsIndexCorrupt()
    {
        var failure = Assert.Throws<IndexCorruptException>(() => SegmentIndexReader.Open(_path));

        Assert.Contains("no index", failure.Message, StringComparison.Ordinal);
    }
}
