using TranscriptMiner.Core.Indexing;
using TranscriptMiner.Core.Search;
using static TranscriptMiner.Core.Tests.Indexing.IndexTestData;

namespace TranscriptMiner.Core.Tests.Search;

/// <summary>The search's id filters (documents, segments), alone and with the other filters, on one small corpus.</summary>
public sealed class SearchIdFilterTests : IDisposable
{
    private const string AnyCorpusWord = "data OR emergency OR antibiotics OR financial OR PCN OR A&E";
    private readonly string _path = TempDirectory();
    private readonly SegmentIndex _index;
    private readonly SearchService _search;

    public SearchIdFilterTests()
    {
        _index = SegmentIndex.Open(Path.Combine(_path, "index"));
        foreach (var group in Corpus().GroupBy(s => s.DocumentId))
        {
            _index.ReplaceDocument(group.Key, group.ToList());
        }

        _index.Commit();
        _search = new SearchService(_index);
    }

    public void Dispose()
    {
        _index.Dispose();
        try
        {
            Directory.Delete(_path, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    [Fact]
    public void Search_DocumentIds_KeepsOnlyThoseDocuments()
    {
        var result = _search.Search(new SearchRequest { Query = AnyCorpusWord, DocumentIds = [2, 3, 99] });

        Assert.Equal([2L, 3L], result.Hits.Select(h => h.Segment.DocumentId).Distinct().Order());
        Assert.Equal(4, result.TotalHits);
    }

    [Fact]
    public void Search_DocumentIdsWithOtherFilters_AllApply()
    {
        var result = _search.Search(new SearchRequest { Query = AnyCorpusWord, DocumentIds = [1, 3], Speakers = ["Bob Jones"] });

        Assert.Equal([6L], result.Hits.Select(h => h.Segment.SegmentId));
    }

    [Fact]
    public void Search_EmptyDocumentIds_MatchesNothing()
    {
        var result = _search.Search(new SearchRequest { Query = AnyCorpusWord, DocumentIds = [] });

        Assert.Equal(0, result.TotalHits);
        Assert.Empty(result.Hits);
    }

    [Fact]
    public void Search_NullDocumentIds_KeepsEveryDocument()
    {
        var result = _search.Search(new SearchRequest { Query = AnyCorpusWord });

        Assert.Equal([1L, 2L, 3L, 4L], result.Hits.Select(h => h.Segment.DocumentId).Distinct().Order());
    }

    [Fact]
    public void Search_SegmentIds_KeepsOnlyThoseSegments()
    {
        var result = _search.Search(new SearchRequest { Query = AnyCorpusWord, AllWordsRequired = false, SegmentIds = [5, 1, 5] });

        Assert.Equal([1L, 5L], result.Hits.Select(h => h.Segment.SegmentId).Order());
        Assert.Equal(2, result.TotalHits);
    }

    [Fact]
    public void Search_EmptySegmentIds_FindsNothing()
    {
        Assert.Equal(0, _search.Search(new SearchRequest { Query = AnyCorpusWord, AllWordsRequired = false, SegmentIds = [] }).TotalHits);
    }

    [Fact]
    public void Search_SegmentIdsAndDocumentIds_BothApply()
    {
        var result = _search.Search(new SearchRequest { Query = AnyCorpusWord, AllWordsRequired = false, SegmentIds = [1, 2, 5], DocumentIds = [1] });

        Assert.Equal([1L, 2L], result.Hits.Select(h => h.Segment.SegmentId).Order());
    }
}
