using TranscriptMiner.Abstractions;
using TranscriptMiner.Core.Catalog;
using TranscriptMiner.Core.Extraction;
using TranscriptMiner.Core.Model;
using static TranscriptMiner.Core.Tests.Catalog.CatalogTestDocuments;

namespace TranscriptMiner.Core.Tests.Catalog;

public sealed class CatalogStoreRecordTests : IDisposable
{
    private readonly CatalogFixture _catalog = new();

    private CatalogStore Store => _catalog.Store;

    public void Dispose() => _catalog.Dispose();

    [Fact]
    public void RecordFailure_SamePathTwice_UpsertsAndCountsAttempts()
    {
        var path = _catalog.File("scan.pdf");
        var failure = FailureRecord.From(new DocumentFailedException(path, ExtractionFailureKind.NoTextLayer, "no text layer", "pdf"), Stamp(size: 5));

        var first = Store.RecordFailure(failure);
        _catalog.Clock.Advance(TimeSpan.FromMinutes(1));
        var second = Store.RecordFailure(failure with { Message = "still no text layer" });

        Assert.Equal(1, first.Attempts);
        Assert.Equal(2, second.Attempts);
        Assert.Equal("no-text-layer", second.Kind);
        Assert.Equal("still no text layer", second.Message);
        Assert.Equal("pdf", second.PluginId);
        Assert.Equal(first.FailedAt + TimeSpan.FromMinutes(1), second.FailedAt);
        Assert.Equal(Stamp(size: 5), second.Stamp);
        Assert.Equal(second, Store.FindFailure(path));
        Assert.Equal(second, Assert.Single(Store.ListFailures()));
        Assert.Equal(1, Store.GetStatus().Failures);
    }

    [Fact]
    public void FailureRecord_HasChanged_ByStampOrHash()
    {
        var record = new FailureRecord { Path = "/x", Kind = "corrupt", Message = "m", Stamp = Stamp(), ContentHash = Hash('a') };

        Assert.False(record.HasChanged(Stamp()));
        Assert.True(record.HasChanged(Stamp(size: 101)));
        Assert.True(record.HasChanged(Stamp(), Hash('b')));
        Assert.False(record.HasChanged(Stamp(size: 101), Hash('a')));
    }

    [Fact]
    public void WriteDocument_AfterFailure_ClearsFailure()
    {
        var path = _catalog.File("a.pdf");
        Store.RecordFailure(new FailureRecord { Path = path, Kind = "corrupt", Message = "bad xref" });

        Store.WriteDocument(Minutes(path, "Fixed"), Hash('a'), Stamp());

        Assert.Null(Store.FindFailure(path));
        Assert.Empty(Store.ListFailures());
    }

    [Fact]
    public void GetStatus_CountsByKindSegmentsAndLastIngest()
    {
        Assert.Null(Store.GetStatus().LastIngest);
        var run = Store.StartIngestRun();
        Store.WriteDocument(Minutes(_catalog.File("m1.pdf"), "a", "b"), Hash('1'), Stamp());
        Store.WriteDocument(Minutes(_catalog.File("m2.pdf"), "c"), Hash('2'), Stamp());
        Store.WriteDocument(Transcript(_catalog.File("t.vtt"), "turn"), Hash('3'), Stamp());
        Store.RecordFailure(new FailureRecord { Path = _catalog.File("bad.pdf"), Kind = "encrypted", Message = "password" });
        _catalog.Clock.Advance(TimeSpan.FromSeconds(30));
        Store.FinishIngestRun(run, new IngestCounts { Added = 3, Failed = 1 });

        var status = Store.GetStatus();

        Assert.Equal(2, status.LiveDocumentsByKind[DocumentKind.Minutes]);
        Assert.Equal(1, status.LiveDocumentsByKind[DocumentKind.Transcript]);
        Assert.False(status.LiveDocumentsByKind.ContainsKey(DocumentKind.BoardPaper));
        Assert.Equal(3, status.LiveDocuments);
        Assert.Equal(4, status.LiveSegments);
        Assert.Equal(1, status.Failures);
        Assert.Equal(3, status.PendingIndex);
        var last = status.LastIngest!;
        Assert.Equal(run, last.Id);
        Assert.Equal(new IngestCounts { Added = 3, Failed = 1 }, last.Counts);
        Assert.Equal(last.StartedAt + TimeSpan.FromSeconds(30), last.FinishedAt);
    }

    [Fact]
    public void Themes_AddListGetTouchRemove()
    {
        var saved = Store.SaveTheme("Data quality", "\"data quality\" AND trust", "{\"kind\":\"Minutes\"}");
        Store.SaveTheme("access", "\"waiting list\"~3");

        Assert.Null(saved.LastRunAt);
        Assert.Equal(["access", "Data quality"], Store.ListThemes().Select(t => t.Name));

        _catalog.Clock.Advance(TimeSpan.FromHours(1));
        var replaced = Store.SaveTheme("data QUALITY", "\"data quality\"");
        Assert.Equal(saved.CreatedAt, replaced.CreatedAt);
        Assert.Equal("\"data quality\"", Store.FindTheme("Data quality")!.Query);
        Assert.Null(Store.FindTheme("Data quality")!.FiltersJson);
        Assert.Equal(2, Store.ListThemes().Count);

        Assert.True(Store.MarkThemeRun("data quality"));
        Assert.Equal(_catalog.Clock.GetUtcNow(), Store.FindTheme("Data quality")!.LastRunAt);
        Assert.False(Store.MarkThemeRun("missing"));

        Assert.True(Store.RemoveTheme("ACCESS"));
        Assert.False(Store.RemoveTheme("access"));
        Assert.Null(Store.FindTheme("access"));
    }

    [Fact]
    public void DocumentsChangedSince_ListsOnlyNewerLiveDocuments()
    {
        var old = Store.WriteDocument(Minutes(_catalog.File("old.pdf"), "a"), Hash('1'), Stamp());
        _catalog.Clock.Advance(TimeSpan.FromMinutes(1));
        var lastRun = _catalog.Clock.GetUtcNow();
        _catalog.Clock.Advance(TimeSpan.FromMinutes(1));
        var added = Store.WriteDocument(Minutes(_catalog.File("new.pdf"), "b"), Hash('2'), Stamp());
        Store.WriteDocument(Minutes(_catalog.File("dup.pdf"), "a"), Hash('1'), Stamp());

        Assert.Equal([added.DocumentId], Store.DocumentsChangedSince(lastRun));
        Assert.Equal([old.DocumentId, added.DocumentId], Store.DocumentsChangedSince(lastRun - TimeSpan.FromHours(1)));
    }
}
