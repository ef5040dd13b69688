using TranscriptMiner.Core.Indexing;
using TranscriptMiner.Core.Model;
using TranscriptMiner.Core.Search;
using Xunit;
using static TranscriptMiner.Core.Tests.Indexing.IndexTestData;

namespace TranscriptMiner.Core.Tests.Search;

public sealed class SearchServiceTests : IDisposable
{
    private readonly string _path = TempDirectory();
    private readonly SegmentIndex _index;
    private readonly SearchService _search;

    public SearchServiceTests()
    {
        _index = SegmentIndex.Open(Path.Combine(_path, "index"));
        foreach (var group in Corpus().GroupBy(s => s.DocumentId))
        {
            _index.ReplaceDocument(group.Key, group.ToList());
        }

        _index.Commit();
        var synonyms = Path.Combine(_path, SynonymsFile.DefaultFileName);
        SynonymsFile.EnsureDefault(synonyms);
        _search = new SearchService(_index, synonyms);
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

    [Theory]
    [InlineData("antibiotics", new long[] { 4 })]
    [InlineData("\"data quality\"", new long[] { 1, 5 })]
    [InlineData("\"data trust\"~8", new long[] { 1, 5 })]
    [InlineData("\"data trust\"~5", new long[] { 1 })]
    [InlineData("\"trust data\"~2", new long[] { })]
    [InlineData("attend*", new long[] { 3 })]
    [InlineData("antibiotcs~", new long[] { 4 })]
    [InlineData("\"data quality\" NOT board", new long[] { 1 })]
    [InlineData("financial OR antibiotics", new long[] { 4, 6 })]
    [InlineData("prescribing", new long[] { 1, 4 })]
    [InlineData("text_exact:prescribed", new long[] { 4 })]
    [InlineData("text_exact:prescribing", new long[] { 1 })]
    [InlineData("A&E", new long[] { 2, 3 })]
    [InlineData("\"emergency department\"", new long[] { 2, 3 })]
    [InlineData("\"accident and emergency\"", new long[] { 2, 3 })]
    [InlineData("GP", new long[] { 1, 4 })]
    [InlineData("\"general practitioner\"", new long[] { 1, 4 })]
    [InlineData("111", new long[] { 2 })]
    [InlineData("\"PCCC/22/045\"", new long[] { 7 })]
    [InlineData("PCCC\\/22\\/045", new long[] { 7 })]
    [InlineData("\"primary care network\"", new long[] { 7 })]
    [InlineData("speaker:\"dr jane smith\"", new long[] { 5 })]
    [InlineData("organisation:\"NHS South ICB\" AND prescribed", new long[] { 4 })]
    [InlineData("meeting_date:[2023-01-01 TO 2024-12-31] AND data", new long[] { 5 })]
    public void Search_Query_FindsExpectedSegments(string query, long[] expected)
    {
        var result = _search.Search(new SearchRequest { Query = query });

        Assert.Equal(expected.Order(), result.Hits.Select(h => h.Segment.SegmentId).Order());
        Assert.Equal(expected.Length, result.TotalHits);
    }

    [Fact]
    public void Search_AmpersandAndNumbers_KeptAsSingleTokens()
    {
        // "A&E" must not be split into "a" (a stop word) and "e": searching "E" alone finds nothing.
        Assert.Equal(0, _search.Search(new SearchRequest { Query = "e" }).TotalHits);
        Assert.Equal(0, _search.Search(new SearchRequest { Query = "11" }).TotalHits);
        Assert.Equal(0, _search.Search(new SearchRequest { Query = "pccc" }).TotalHits);
    }

    [Fact]
    public void Search_QuotedPhrase_ExactWordingRanksFirst()
    {
        _index.ReplaceDocument(20, [Segment(200, 20, "The practice prescribes cheaply."), Segment(201, 20, "The practice prescribed cheaply.")]);
        _index.Commit();

        var result = _search.Search(new SearchRequest { Query = "\"practice prescribed\"" });

        Assert.Equal(2, result.TotalHits);
        Assert.Equal(201, result.Hits[0].Segment.SegmentId);
    }

    [Fact]
    public void Search_Filters_NarrowResults()
    {
        var all = new SearchRequest { Query = "data OR prescribed OR attendances OR 111 OR financial", AllWordsRequired = false };
        Assert.Equal(6, _search.Search(all).TotalHits);

        Assert.Equal([4L, 3L], Ids(_search.Search(all with { Kinds = [DocumentKind.BoardPaper] })).Order().Reverse());
        Assert.Equal([1L, 2L], Ids(_search.Search(all with { Organisations = ["nhs north icb"] })).Order());
        Assert.Equal([3L, 4L], Ids(_search.Search(all with { Committees = ["Board"] })).Order());
        Assert.Equal([6L], Ids(_search.Search(all with { Speakers = ["Bob Jones"] })));
        Assert.Equal([3L, 4L, 5L, 6L], Ids(_search.Search(all with { From = new DateOnly(2023, 1, 1) })).Order());
        Assert.Equal([3L, 4L], Ids(_search.Search(all with { From = new DateOnly(2023, 1, 1), To = new DateOnly(2023, 12, 31) })).Order());
        Assert.Empty(Ids(_search.Search(all with { Kinds = [DocumentKind.Transcript], Organisations = ["NHS North ICB"] })));
    }

    [Fact]
    public void Search_SortByDate_NewestFirst()
    {
        var result = _search.Search(new SearchRequest { Query = "data OR prescribed OR 111", AllWordsRequired = false, Sort = SearchSort.Date });

        var dates = result.Hits.Select(h => h.Segment.MeetingDate!.Value).ToList();
        Assert.Equal(dates.OrderByDescending(d => d), dates);
        Assert.Equal(5, result.Hits[0].Segment.SegmentId);
    }

    [Fact]
    public void Search_Facets_CountWholeResultSetNotJustTop()
    {
        var result = _search.Search(new SearchRequest { Query = "data OR prescribed OR attendances OR 111 OR financial", AllWordsRequired = false, Top = 1 });

        Assert.Single(result.Hits);
        Assert.Equal(6, result.TotalHits);
        Assert.Equal(
            [new FacetValue("BoardPaper", 2), new FacetValue("Minutes", 2), new FacetValue("Transcript", 2)],
            result.Facets.DocumentKind);
        Assert.Equal([new FacetValue("NHS North ICB", 2), new FacetValue("NHS South ICB", 2)], result.Facets.Organisation);
        Assert.Equal([new FacetValue("2024", 2), new FacetValue("2023", 2), new FacetValue("2022", 2)], result.Facets.Year);
        Assert.Equal([new FacetValue("Bob Jones", 1), new FacetValue("Dr Jane Smith", 1)], result.Facets.Speaker);
    }

    [Fact]
    public void Search_Hit_HasMarkedSnippetAndCitation()
    {
        var result = _search.Search(new SearchRequest { Query = "\"data quality\" AND speaker:\"dr jane smith\"", MatchStart = "**", MatchEnd = "**" });

        var hit = Assert.Single(result.Hits);
        Assert.Contains("**data** **quality**", hit.Snippet, StringComparison.Ordinal);
        Assert.True(hit.Score > 0);
        var cited = hit.Segment;
        Assert.Equal(5, cited.SegmentId);
        Assert.Equal(3, cited.DocumentId);
        Assert.Equal(30, cited.VersionId);
        Assert.Equal("Document 3", cited.DocumentTitle);
        Assert.Equal("/corpus/doc3.pdf", cited.SourcePath);
        Assert.Equal(DocumentKind.Transcript, cited.DocumentKind);
        Assert.Null(cited.Organisation);
        Assert.Equal(new DateOnly(2024, 6, 5), cited.MeetingDate);
        Assert.Equal("Dr Jane Smith", cited.Segment.Speaker);
        Assert.Equal(SegmentKind.SpeakerTurn, cited.Segment.Kind);
        Assert.Equal(TimeSpan.FromSeconds(83), cited.Segment.CueStart);
        Assert.Equal(TimeSpan.FromSeconds(88), cited.Segment.CueEnd);
        Assert.Equal(1, cited.Segment.PageStart);
        Assert.Equal(2, cited.Segment.PageEnd);
        Assert.Equal(["Minutes", "Item"], cited.Segment.HeadingPath);
        Assert.Equal("hash3", cited.ContentHash);
    }

    [Fact]
    public void Search_AgendaCitationAndStemmedSnippet()
    {
        var result = _search.Search(new SearchRequest { Query = "prescribe AND costs" });

        var hit = Assert.Single(result.Hits);
        Assert.Equal("4.2", hit.Segment.Segment.AgendaItemNumber);
        Assert.Equal("Prescribing", hit.Segment.Segment.AgendaItemTitle);
        Assert.Equal("NHS North ICB", hit.Segment.Organisation);
        Assert.Equal("Quality Committee", hit.Segment.Committee);
        Assert.Contains("«prescribing» «costs»", hit.Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_SynonymSnippet_MarksTheVariantFound()
    {
        var result = _search.Search(new SearchRequest { Query = "A&E AND attendances" });

        var hit = Assert.Single(result.Hits);
        Assert.Contains("«emergency» «department»", hit.Snippet, StringComparison.Ordinal);
        Assert.Contains("«attendances»", hit.Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_LongText_SnippetIsWindowAroundMatch()
    {
        var filler = string.Join(' ', Enumerable.Repeat("lorem ipsum dolor", 60));
        _index.ReplaceDocument(30, [Segment(300, 30, filler + " the zebra crossing was discussed " + filler)]);
        _index.Commit();

        var hit = Assert.Single(_search.Search(new SearchRequest { Query = "zebra" }).Hits);

        Assert.StartsWith("…", hit.Snippet, StringComparison.Ordinal);
        Assert.EndsWith("…", hit.Snippet, StringComparison.Ordinal);
        Assert.Contains("«zebra»", hit.Snippet, StringComparison.Ordinal);
        Assert.InRange(hit.Snippet.Length, 150, 260);
    }

    [Theory]
    [InlineData("data AND (quality", null)]
    [InlineData("data AND", 9)]
    [InlineData("\"unfinished phrase", 1)]
    [InlineData("quality ) trust", 9)]
    [InlineData("*leading", null)]
    public void Search_MalformedQuery_ThrowsQuerySyntaxException(string query, int? column)
    {
        var ex = Assert.Throws<QuerySyntaxException>(() => _search.Search(new SearchRequest { Query = query }));

        Assert.Equal(query, ex.Query);
        if (column is not null)
        {
            Assert.Equal(column, ex.Column);
            Assert.Contains($"column {column}", ex.Message, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(" at Lucene", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_AfterReplaceWithoutCommit_SeesNewSegments()
    {
        _index.ReplaceDocument(1, [Segment(50, 1, "completely new wording about zebras")]);

        Assert.Equal(0, _search.Search(new SearchRequest { Query = "prescribing AND costs" }).TotalHits);
        Assert.Equal([50L], Ids(_search.Search(new SearchRequest { Query = "zebras" })));
    }

    [Fact]
    public void Search_PhraseOfStopWordsOnly_MatchesExactWording()
    {
        _index.ReplaceDocument(40, [Segment(400, 40, "To be or not to be, said the chair."), Segment(401, 40, "Not to worry.")]);
        _index.Commit();

        Assert.Equal([400L], Ids(_search.Search(new SearchRequest { Query = "\"to be or not to be\"" })));
    }

    [Fact]
    public void Search_TopZero_ReturnsCountsAndFacetsOnly()
    {
        var result = _search.Search(new SearchRequest { Query = "data", Top = 0 });

        Assert.Empty(result.Hits);
        Assert.Equal(2, result.TotalHits);
        Assert.Equal(2, result.Facets.DocumentKind.Sum(f => f.Count));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Search_EmptyQuery_ThrowsQuerySyntaxException(string query) =>
        Assert.Throws<QuerySyntaxException>(() => _search.Search(new SearchRequest { Query = query }));

    [Fact]
    public void Search_ConcurrentWithWrites_AllWritesVisibleAfterCommit()
    {
        Parallel.For(0, 200, i =>
        {
            if (i % 2 == 0)
            {
                _search.Search(new SearchRequest { Query = "data OR concurrent", AllWordsRequired = false });
            }
            else
            {
                _index.ReplaceDocument(1000 + i, [Segment(10_000 + i, 1000 + i, $"concurrent write {i}")]);
            }
        });
        _index.Commit();

        Assert.Equal(100, _search.Search(new SearchRequest { Query = "concurrent" }).TotalHits);
    }

    [Fact]
    public void Search_DuringRebuild_SeesOldIndexUntilCommit()
    {
        var seenDuringRebuild = new List<int>();

        IEnumerable<CitedSegment> Stream()
        {
            for (var i = 1; i <= 3000; i++)
            {
                if (i == 2000)
                {
                    // searched from another thread while the rebuild is half done
                    var other = new Thread(() =>
                    {
                        seenDuringRebuild.Add(_search.Search(new SearchRequest { Query = "data" }).TotalHits);
                        seenDuringRebuild.Add(_search.Search(new SearchRequest { Query = "rebuilt" }).TotalHits);
                    });
                    other.Start();
                    other.Join();
                }

                yield return Segment(i, i, $"rebuilt segment {i}");
            }
        }

        _index.Rebuild(Stream());

        Assert.Equal([2, 0], seenDuringRebuild);
        Assert.Equal(0, _search.Search(new SearchRequest { Query = "data" }).TotalHits);
        Assert.Equal(3000, _search.Search(new SearchRequest { Query = "rebuilt", Top = 1 }).TotalHits);
    }

    private static List<long> Ids(SearchResult result) => result.Hits.Select(h => h.Segment.SegmentId).ToList();
}
