using TranscriptMiner.Core.Catalog;
using TranscriptMiner.Core.Model;
using static TranscriptMiner.Core.Tests.Catalog.CatalogTestDocuments;

namespace TranscriptMiner.Core.Tests.Catalog;

public sealed class CatalogStoreDocumentTests : IDisposable
{
    private readonly CatalogFixture _catalog = new();

    private CatalogStore Store => _catalog.Store;

    public void Dispose() => _catalog.Dispose();

    [Fact]
    public void ReadDocuments_ListsLiveDocumentsWithSegmentCounts_AndOneByIdEvenWhenRemoved()
    {
        var kept = Store.WriteDocument(Minutes(_catalog.File("a.pdf"), "One", "Two", "Three"), Hash('A'), Stamp());
        var gone = Store.WriteDocument(Minutes(_catalog.File("b.pdf"), "Only"), Hash('B'), Stamp());
        Store.MarkRemoved(_catalog.File("b.pdf"));

        var listed = Assert.Single(Store.ReadDocuments());
        Assert.Equal(kept.DocumentId, listed.Id);
        Assert.Equal(3, listed.SegmentCount);
        Assert.Equal("Primary Care Commissioning Committee minutes", listed.Title);
        Assert.Equal(DocumentKind.Minutes, listed.Kind);
        Assert.Equal("NHS Norchester CCG", listed.Organisation);
        Assert.Equal("Primary Care Commissioning Committee", listed.Committee);
        Assert.Equal(new DateOnly(2022, 3, 14), listed.MeetingDate);
        Assert.Equal(Path.GetFullPath(_catalog.File("a.pdf")), listed.SourcePath);
        Assert.Equal(1, Assert.Single(Store.ReadDocuments(gone.DocumentId)).SegmentCount);
        Assert.Empty(Store.ReadDocuments(999_999));
    }

    [Fact]
    public void WriteDocument_New_SegmentsReadBackExactlyWithProvenance()
    {
        var path = _catalog.File("pccc-2022-03.pdf");
        var document = Minutes(path, "NHS Norchester CCG minutes", "The committee discussed antibiotic prescribing.", "Data quality was raised.");

        var write = Store.WriteDocument(document, Hash('A'), Stamp());

        Assert.Equal(WriteOutcome.Added, write.Outcome);
        Assert.Empty(write.DocumentIdsToDelete);
        Assert.Equal(3, write.SegmentsToIndex.Count);
        var read = Store.ReadSegments(write.DocumentId);
        Assert.Equal(write.SegmentsToIndex, read, CitedSegmentComparer.Instance);
        for (var i = 0; i < read.Count; i++)
        {
            var cited = read[i];
            Assert.Equal(document.Segments[i] with { HeadingPath = [] }, cited.Segment with { HeadingPath = [] });
            Assert.Equal(document.Segments[i].HeadingPath, cited.Segment.HeadingPath);
            Assert.Equal(document.PlainText[cited.Segment.Start..cited.Segment.End], cited.Segment.Text);
            Assert.Equal(write.DocumentId, cited.DocumentId);
            Assert.Equal(write.VersionId, cited.VersionId);
            Assert.Equal(Path.GetFullPath(path), cited.SourcePath);
            Assert.Equal(DocumentKind.Minutes, cited.DocumentKind);
            Assert.Equal("NHS Norchester CCG", cited.Organisation);
            Assert.Equal("Primary Care Commissioning Committee", cited.Committee);
            Assert.Equal(new DateOnly(2022, 3, 14), cited.MeetingDate);
            Assert.Equal("Primary Care Commissioning Committee minutes", cited.DocumentTitle);
            Assert.Equal(Hash('a'), cited.ContentHash);
        }

        Assert.Equal(document.PlainText, Store.ReadPlainText(write.DocumentId));
    }

    [Fact]
    public void WriteDocument_Transcript_KeepsSpeakerAndCueTimes()
    {
        var write = Store.WriteDocument(Transcript(_catalog.File("int12.vtt"), "I think the waiting list is the problem."), Hash('b'), Stamp());

        var segment = Assert.Single(Store.ReadSegments(write.DocumentId)).Segment;
        Assert.Equal("P12", segment.Speaker);
        Assert.Equal(TimeSpan.FromMilliseconds(61_250), segment.CueStart);
        Assert.Equal(TimeSpan.FromMilliseconds(75_500), segment.CueEnd);
        Assert.Equal(SegmentKind.SpeakerTurn, segment.Kind);
    }

    [Fact]
    public void WriteDocument_SameContentAtTwoPaths_OneDocumentTwoLocations()
    {
        var first = Store.WriteDocument(Minutes(_catalog.File("a.pdf"), "Same text"), Hash('a'), Stamp());
        var second = Store.WriteDocument(Minutes(_catalog.File("copy of a.pdf"), "Same text"), Hash('a'), Stamp(minute: 5));

        Assert.Equal(WriteOutcome.Duplicate, second.Outcome);
        Assert.Equal(first.DocumentId, second.DocumentId);
        Assert.Equal(first.VersionId, second.VersionId);
        Assert.Empty(second.SegmentsToIndex);
        var status = Store.GetStatus();
        Assert.Equal(1, status.LiveDocuments);
        Assert.Equal(2, status.LiveLocations);
        Assert.Equal(1, status.LiveSegments);
        Assert.Equal(first.DocumentId, Store.FindLocation(_catalog.File("copy of a.pdf"))!.DocumentId);
    }

    [Fact]
    public void WriteDocument_SamePathSameContentNewStamp_Unchanged()
    {
        var path = _catalog.File("a.pdf");
        var first = Store.WriteDocument(Minutes(path, "Text"), Hash('a'), Stamp());

        var again = Store.WriteDocument(Minutes(path, "Text"), Hash('a'), Stamp(minute: 9));

        Assert.Equal(WriteOutcome.Unchanged, again.Outcome);
        Assert.Equal(first.DocumentId, again.DocumentId);
        Assert.True(Store.FindLocation(path)!.IsUnchanged(Stamp(minute: 9)));
    }

    [Fact]
    public void FindLocation_DetectsUnchangedBySizeAndMtime()
    {
        var path = _catalog.File("a.pdf");
        Assert.Null(Store.FindLocation(path));

        Store.WriteDocument(Minutes(path, "Text"), Hash('a'), Stamp(size: 10));
        var location = Store.FindLocation(path)!;

        Assert.True(location.IsLive);
        Assert.Equal(Hash('a'), location.ContentHash);
        Assert.Equal(Stamp(size: 10), location.Stamp);
        Assert.True(location.IsUnchanged(Stamp(size: 10)));
        Assert.False(location.IsUnchanged(Stamp(size: 11)));
        Assert.False(location.IsUnchanged(Stamp(size: 10, minute: 1)));
        Assert.False(location.IsUnchanged(new FileStamp(10, Stamp().LastWriteUtc.AddTicks(1))));
    }

    [Fact]
    public void WriteDocument_SamePathNewContent_UpdatedReplacesSegments()
    {
        var path = _catalog.File("a.pdf");
        var first = Store.WriteDocument(Minutes(path, "Old one", "Old two"), Hash('a'), Stamp());

        var second = Store.WriteDocument(Minutes(path, "New one", "New two", "New three"), Hash('b'), Stamp(minute: 1));

        Assert.Equal(WriteOutcome.Updated, second.Outcome);
        Assert.Equal(first.DocumentId, second.DocumentId);
        Assert.NotEqual(first.VersionId, second.VersionId);
        Assert.Empty(second.DocumentIdsToDelete);
        var segments = Store.ReadSegments(first.DocumentId);
        Assert.Equal(["New one", "New two", "New three"], segments.Select(s => s.Segment.Text));
        Assert.All(segments, s => Assert.Equal(second.VersionId, s.VersionId));
        Assert.All(segments, s => Assert.Equal(Hash('b'), s.ContentHash));
        Assert.True(segments.Min(s => s.SegmentId) > first.SegmentsToIndex.Max(s => s.SegmentId));
        Assert.Equal(3, Store.GetStatus().LiveSegments);
        Assert.Equal(Hash('b'), Store.FindLocation(path)!.ContentHash);
    }

    [Fact]
    public void WriteDocument_PathNewContentWhileOldLivesElsewhere_AddsNewDocumentAndKeepsOld()
    {
        var a = _catalog.File("a.pdf");
        var copy = _catalog.File("copy.pdf");
        var original = Store.WriteDocument(Minutes(a, "Shared"), Hash('a'), Stamp());
        Store.WriteDocument(Minutes(copy, "Shared"), Hash('a'), Stamp());

        var changed = Store.WriteDocument(Minutes(a, "Edited"), Hash('b'), Stamp(minute: 1));

        Assert.Equal(WriteOutcome.Added, changed.Outcome);
        Assert.NotEqual(original.DocumentId, changed.DocumentId);
        Assert.Empty(changed.DocumentIdsToDelete);
        Assert.Equal("Shared", Assert.Single(Store.ReadSegments(original.DocumentId)).Segment.Text);
        Assert.Equal(Path.GetFullPath(copy), Store.ReadSegments(original.DocumentId)[0].SourcePath);
        Assert.Equal(2, Store.GetStatus().LiveDocuments);
    }

    [Fact]
    public void WriteDocument_PathNowHoldsAnotherKnownContent_OldDocumentToDelete()
    {
        var a = _catalog.File("a.pdf");
        var b = _catalog.File("b.pdf");
        var docA = Store.WriteDocument(Minutes(a, "Alpha"), Hash('a'), Stamp());
        var docB = Store.WriteDocument(Minutes(b, "Beta"), Hash('b'), Stamp());

        var write = Store.WriteDocument(Minutes(a, "Beta"), Hash('b'), Stamp(minute: 1));

        Assert.Equal(WriteOutcome.Duplicate, write.Outcome);
        Assert.Equal(docB.DocumentId, write.DocumentId);
        Assert.Equal([docA.DocumentId], write.DocumentIdsToDelete);
        Assert.Equal([docA.DocumentId], Store.PendingIndexDeletions());
    }

    [Fact]
    public void ListLivePaths_UnderFolder_OnlyLiveInside()
    {
        Store.WriteDocument(Minutes(_catalog.File("in/a.pdf"), "a"), Hash('1'), Stamp());
        Store.WriteDocument(Minutes(_catalog.File("in/sub/b.pdf"), "b"), Hash('2'), Stamp());
        Store.WriteDocument(Minutes(_catalog.File("in_other/c.pdf"), "c"), Hash('3'), Stamp());
        Store.WriteDocument(Minutes(_catalog.File("in/gone.pdf"), "d"), Hash('4'), Stamp());
        Store.MarkRemoved(_catalog.File("in/gone.pdf"));

        Assert.Equal([_catalog.File("in/a.pdf"), _catalog.File("in/sub/b.pdf")], Store.ListLivePaths(_catalog.File("in")));
        Assert.Equal(3, Store.ListLivePaths().Count);
    }

    [Fact]
    public void MarkRemoved_OnlyLocation_DocumentRemovedAndReturned()
    {
        var path = _catalog.File("a.pdf");
        var write = Store.WriteDocument(Minutes(path, "Text"), Hash('a'), Stamp());

        var removal = Store.MarkRemoved(path);

        Assert.True(removal.WasKnown);
        Assert.Equal([write.DocumentId], removal.DocumentIdsToDelete);
        Assert.False(Store.FindLocation(path)!.IsLive);
        Assert.False(Store.FindLocation(path)!.IsUnchanged(Stamp()));
        var status = Store.GetStatus();
        Assert.Equal(0, status.LiveDocuments);
        Assert.Equal(1, status.RemovedDocuments);
        Assert.Equal(0, status.LiveSegments);
        Assert.Empty(Store.ReadAllLiveSegments());
        Assert.Equal([write.DocumentId], Store.PendingIndexDeletions());
        Assert.Empty(Store.PendingIndexDocuments());

        Store.MarkIndexDeleted(write.DocumentId);
        Assert.Empty(Store.PendingIndexDeletions());
        Assert.False(Store.MarkRemoved(path).WasKnown);
    }

    [Fact]
    public void MarkRemoved_OneOfTwoLocations_DocumentStaysLiveAndCitesTheOther()
    {
        var a = _catalog.File("a.pdf");
        var copy = _catalog.File("copy.pdf");
        var write = Store.WriteDocument(Minutes(a, "Text"), Hash('a'), Stamp());
        Store.WriteDocument(Minutes(copy, "Text"), Hash('a'), Stamp());
        Store.MarkIndexed(write.DocumentId, write.VersionId);

        var removal = Store.MarkRemoved(a);

        Assert.True(removal.WasKnown);
        Assert.Empty(removal.DocumentIdsToDelete);
        Assert.Equal([write.DocumentId], removal.DocumentIdsToReindex);
        Assert.Equal(1, Store.GetStatus().LiveDocuments);
        Assert.Equal(Path.GetFullPath(copy), Assert.Single(Store.ReadAllLiveSegments()).SourcePath);
        Assert.Equal([write.DocumentId], Store.PendingIndexDocuments());
    }

    [Fact]
    public void WriteDocument_RemovedContentReturns_RevivesDocument()
    {
        var path = _catalog.File("a.pdf");
        var first = Store.WriteDocument(Minutes(path, "Text"), Hash('a'), Stamp());
        Store.MarkRemoved(path);

        var back = Store.WriteDocument(Minutes(_catalog.File("moved/a.pdf"), "Text"), Hash('a'), Stamp());

        Assert.Equal(WriteOutcome.Added, back.Outcome);
        Assert.Equal(first.DocumentId, back.DocumentId);
        Assert.Single(back.SegmentsToIndex);
        Assert.Equal(1, Store.GetStatus().LiveDocuments);
        Assert.Equal([first.DocumentId], Store.PendingIndexDocuments());
    }

    [Fact]
    public void PendingAndIndexed_StatesFollowWritesAndVersions()
    {
        var path = _catalog.File("a.pdf");
        var first = Store.WriteDocument(Minutes(path, "One"), Hash('a'), Stamp());
        Assert.Equal([first.DocumentId], Store.PendingIndexDocuments());

        Store.MarkIndexed(first.DocumentId, first.VersionId);
        Assert.Empty(Store.PendingIndexDocuments());

        var second = Store.WriteDocument(Minutes(path, "Two"), Hash('b'), Stamp(minute: 1));
        Assert.Equal([first.DocumentId], Store.PendingIndexDocuments());

        Store.MarkIndexed(first.DocumentId, first.VersionId);
        Assert.Equal([first.DocumentId], Store.PendingIndexDocuments());

        Store.MarkIndexed(second.DocumentId, second.VersionId);
        Assert.Empty(Store.PendingIndexDocuments());
        Assert.Equal(0, Store.GetStatus().PendingIndex);
    }

    [Fact]
    public void Reopen_KeepsEverything()
    {
        var path = _catalog.File("a.pdf");
        var write = Store.WriteDocument(Minutes(path, "One", "Two"), Hash('a'), Stamp());

        _catalog.Reopen();

        Assert.Equal(write.SegmentsToIndex, Store.ReadSegments(write.DocumentId), CitedSegmentComparer.Instance);
        Assert.Equal([write.DocumentId], Store.PendingIndexDocuments());
        Assert.True(Store.FindLocation(path)!.IsUnchanged(Stamp()));
    }

    [Fact]
    public void ReadAllLiveSegments_StreamsEveryLiveDocumentInOrder()
    {
        var one = Store.WriteDocument(Minutes(_catalog.File("1.pdf"), "a", "b"), Hash('1'), Stamp());
        var two = Store.WriteDocument(Minutes(_catalog.File("2.pdf"), "c"), Hash('2'), Stamp());
        Store.WriteDocument(Minutes(_catalog.File("3.pdf"), "gone"), Hash('3'), Stamp());
        Store.MarkRemoved(_catalog.File("3.pdf"));

        var all = new List<CitedSegment>();
        foreach (var segment in Store.ReadAllLiveSegments())
        {
            all.Add(segment);
            Store.MarkIndexed(segment.DocumentId, segment.VersionId); // writes while streaming
        }

        Assert.Equal(["a", "b", "c"], all.Select(s => s.Segment.Text));
        Assert.Equal([one.DocumentId, one.DocumentId, two.DocumentId], all.Select(s => s.DocumentId));
        Assert.Empty(Store.PendingIndexDocuments());
    }

    [Fact]
    public void WriteDocument_TenThousandSegments_OneTransactionAllReadable()
    {
        var paragraphs = Enumerable.Range(0, 10_000).Select(i => $"Paragraph {i} on data quality and trust.").ToArray();

        var write = Store.WriteDocument(Minutes(_catalog.File("big.pdf"), paragraphs), Hash('c'), Stamp());

        Assert.Equal(10_000, write.SegmentsToIndex.Count);
        Assert.Equal(10_000, write.SegmentsToIndex.Select(s => s.SegmentId).Distinct().Count());
        var read = Store.ReadSegments(write.DocumentId);
        Assert.Equal(10_000, read.Count);
        Assert.Equal(paragraphs[9_999], read[9_999].Segment.Text);
    }

    [Fact]
    public void WriteDocument_FailsMidway_NothingWritten()
    {
        var path = _catalog.File("a.pdf");
        var good = Minutes(path, "One", "Two", "Three");
        var broken = CatalogTestDocuments.Build(good.SourcePath, good.PlainText, new ThrowingList<Segment>(good.Segments, failAt: 2), good.Metadata);

        Assert.Throws<InvalidOperationException>(() => Store.WriteDocument(broken, Hash('a'), Stamp()));

        Assert.Null(Store.FindLocation(path));
        var status = Store.GetStatus();
        Assert.Equal(0, status.LiveDocuments + status.RemovedDocuments);
        Assert.Equal(0, status.LiveSegments);
        Assert.Equal(WriteOutcome.Added, Store.WriteDocument(good, Hash('a'), Stamp()).Outcome);
    }

    [Fact]
    public void WriteDocument_DiskFull_ThrowsCatalogExceptionAndKeepsCatalogConsistent()
    {
        var path = _catalog.File("a.pdf");
        var existing = Store.WriteDocument(Minutes(path, "Small"), Hash('a'), Stamp());
        using (var command = _catalog.Database.Connection.CreateCommand())
        {
            command.CommandText = "PRAGMA page_count;";
            var pages = (long)command.ExecuteScalar()!;
            command.CommandText = $"PRAGMA max_page_count = {pages + 2};";
            command.ExecuteNonQuery();
        }

        var big = Minutes(_catalog.File("big.pdf"), Enumerable.Range(0, 2_000).Select(i => $"Long paragraph {i} " + new string('x', 200)).ToArray());
        var ex = Assert.Throws<CatalogException>(() => Store.WriteDocument(big, Hash('b'), Stamp()));

        Assert.Contains("disk is full", ex.Message, StringComparison.Ordinal);
        Assert.Null(Store.FindLocation(_catalog.File("big.pdf")));
        Assert.Equal(1, Store.GetStatus().LiveDocuments);
        Assert.Single(Store.ReadSegments(existing.DocumentId));
    }

    private sealed class ThrowingList<T>(IReadOnlyList<T> inner, int failAt) : IReadOnlyList<T>
    {
        public int Count => inner.Count;

        public T this[int index] => index == failAt ? throw new InvalidOperationException("boom") : inner[index];

        public IEnumerator<T> GetEnumerator() => Enumerable.Range(0, Count).Select(i => this[i]).GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    private sealed class CitedSegmentComparer : IEqualityComparer<CitedSegment>
    {
        public static CitedSegmentComparer Instance { get; } = new();

        public bool Equals(CitedSegment? x, CitedSegment? y) =>
            x is not null && y is not null
            && x with { Segment = y.Segment } == y
            && x.Segment with { HeadingPath = y.Segment.HeadingPath } == y.Segment
            && x.Segment.HeadingPath.SequenceEqual(y.Segment.HeadingPath);

        public int GetHashCode(CitedSegment obj) => obj.SegmentId.GetHashCode();
    }
}
