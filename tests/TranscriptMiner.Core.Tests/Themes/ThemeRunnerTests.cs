using TranscriptMiner.Core.Catalog;
using TranscriptMiner.Core.Indexing;
using TranscriptMiner.Core.Model;
using TranscriptMiner.Core.Search;
using TranscriptMiner.Core.Tests.Catalog;
using TranscriptMiner.Core.Themes;
using Xunit;
using static TranscriptMiner.Core.Tests.Catalog.CatalogTestDocuments;

namespace TranscriptMiner.Core.Tests.Themes;

public sealed class ThemeRunnerTests : IDisposable
{
    private readonly CatalogFixture _catalog = new();
    private readonly SegmentIndex _index;
    private readonly SearchService _search;
    private readonly ThemeRunner _runner;

    public ThemeRunnerTests()
    {
        _index = SegmentIndex.Open(_catalog.Layout.IndexFolder);
        _search = new SearchService(_index);
        _runner = new ThemeRunner(Store, _catalog.Clock);
    }

    private CatalogStore Store => _catalog.Store;

    public void Dispose()
    {
        _index.Dispose();
        _catalog.Dispose();
    }

    [Fact]
    public void BuildRequest_StoredFilters_BecomeTheRequest()
    {
        var filters = new ThemeFilters { Kinds = [DocumentKind.Minutes], Organisations = ["NHS Norchester CCG"], From = new DateOnly(2022, 1, 1), Sort = SearchSort.Date, Top = 5 };
        var theme = Store.SaveTheme("prescribing", "antibiotic*", filters.ToJson());

        var request = ThemeRunner.BuildRequest(theme);
        var limited = ThemeRunner.BuildRequest(theme, top: 2);

        Assert.Equal("antibiotic*", request.Query);
        Assert.Equal([DocumentKind.Minutes], request.Kinds);
        Assert.Equal(["NHS Norchester CCG"], request.Organisations);
        Assert.Equal(new DateOnly(2022, 1, 1), request.From);
        Assert.Equal(SearchSort.Date, request.Sort);
        Assert.Equal(5, request.Top);
        Assert.Null(request.DocumentIds);
        Assert.Equal(2, limited.Top);
    }

    [Fact]
    public void BuildRequest_NoFilters_SearchesEverything()
    {
        var request = ThemeRunner.BuildRequest(Store.SaveTheme("all", "trust"));

        Assert.Equal("trust", request.Query);
        Assert.Empty(request.Kinds);
        Assert.Equal(20, request.Top);
        Assert.Null(request.DocumentIds);
    }

    [Fact]
    public void Plan_OnlyNewButNeverRun_SearchesEveryDocument()
    {
        var theme = Store.SaveTheme("new", "trust");

        var plan = _runner.Plan(theme, new ThemeRunOptions { OnlyNew = true });

        Assert.Null(plan.ChangedSince);
        Assert.Null(plan.Request.DocumentIds);
        Assert.Equal(_catalog.Clock.GetUtcNow(), plan.StartedAt);
    }

    [Fact]
    public void Run_RecordsTheRunTime()
    {
        Ingest("old.txt", '1', "Antibiotic prescribing rose at the trust.");
        Store.SaveTheme("antibiotics", "antibiotic");
        _catalog.Clock.Advance(TimeSpan.FromMinutes(5));

        var run = _runner.Run("ANTIBIOTICS", _search)!;

        Assert.True(run.Recorded);
        Assert.Equal(1, run.Result.TotalHits);
        Assert.Equal(_catalog.Clock.GetUtcNow(), Store.FindTheme("antibiotics")!.LastRunAt);
    }

    [Fact]
    public void Run_OnlyNew_SearchesOnlyDocumentsChangedSinceTheLastRun()
    {
        var old = Ingest("old.txt", '1', "Antibiotic prescribing rose at the trust.");
        Store.SaveTheme("antibiotics", "antibiotic");
        _catalog.Clock.Advance(TimeSpan.FromMinutes(1));
        var first = _runner.Run("antibiotics", _search, new ThemeRunOptions { OnlyNew = true })!;
        _catalog.Clock.Advance(TimeSpan.FromMinutes(1));
        var added = Ingest("new.txt", '2', "Antibiotic stewardship was discussed again.");
        _catalog.Clock.Advance(TimeSpan.FromMinutes(1));

        var second = _runner.Run("antibiotics", _search, new ThemeRunOptions { OnlyNew = true })!;
        _catalog.Clock.Advance(TimeSpan.FromMinutes(1));
        var third = _runner.Run("antibiotics", _search, new ThemeRunOptions { OnlyNew = true })!;
        var all = _runner.Run("antibiotics", _search)!;

        Assert.Equal([old], first.Result.Hits.Select(h => h.Segment.DocumentId));
        Assert.Equal([added], second.Result.Hits.Select(h => h.Segment.DocumentId));
        Assert.Equal([added], second.Plan.Request.DocumentIds);
        Assert.Equal(first.Plan.StartedAt, second.Plan.ChangedSince);
        Assert.Equal(0, third.Result.TotalHits);
        Assert.Equal(2, all.Result.TotalHits);
    }

    [Fact]
    public void Run_UnknownTheme_ReturnsNull() => Assert.Null(_runner.Run("missing", _search));

    [Fact]
    public void RecordRun_OnAnotherStore_StoresThePlannedStart()
    {
        var theme = Store.SaveTheme("t", "trust");
        var plan = _runner.Plan(theme);
        _catalog.Clock.Advance(TimeSpan.FromMinutes(3));

        Assert.True(ThemeRunner.RecordRun(Store, plan));
        Assert.Equal(plan.StartedAt, Store.FindTheme("t")!.LastRunAt);
    }

    private long Ingest(string name, char hash, string text)
    {
        var write = Store.WriteDocument(Minutes(_catalog.File(name), text), Hash(hash), Stamp());
        _index.ReplaceDocument(write.DocumentId, Store.ReadSegments(write.DocumentId));
        _index.Commit();
        return write.DocumentId;
    }
}
