using TranscriptMiner.Core.Indexing;
using Xunit;
using static TranscriptMiner.Core.Tests.Indexing.IndexTestData;

namespace TranscriptMiner.Core.Tests.Indexing;

public sealed class SegmentIndexTests : IDisposable
{
    private readonly string _path = TempDirectory();

    public void Dispose()
    {
        try
        {
            Directory.Delete(_path, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    [Fact]
    public void ReplaceDocument_TwiceForSameDocument_OldSegmentsGone()
    {
        using var index = SegmentIndex.Open(_path);
        index.ReplaceDocument(1, [Segment(1, 1, "alpha"), Segment(2, 1, "beta")]);
        index.ReplaceDocument(2, [Segment(3, 2, "gamma")]);
        index.ReplaceDocument(1, [Segment(10, 1, "delta")]);
        index.Commit();

        Assert.Equal(2, index.Count);
        Assert.Equal(new HashSet<long> { 3, 10 }, index.AllSegmentIds().ToHashSet());
    }

    [Fact]
    public void ReplaceDocument_SegmentOfAnotherDocument_Throws()
    {
        using var index = SegmentIndex.Open(_path);
        Assert.Throws<ArgumentException>(() => index.ReplaceDocument(1, [Segment(1, 2, "alpha")]));
    }

    [Fact]
    public void DeleteDocument_RemovesOnlyThatDocument()
    {
        using var index = SegmentIndex.Open(_path);
        foreach (var group in Corpus().GroupBy(s => s.DocumentId))
        {
            index.ReplaceDocument(group.Key, group.ToList());
        }

        index.DeleteDocument(1);
        index.Commit();

        Assert.Equal(5, index.Count);
        Assert.DoesNotContain(1L, index.AllSegmentIds());
        Assert.DoesNotContain(2L, index.AllSegmentIds());
        Assert.True(index.SizeOnDisk > 0);
    }

    [Fact]
    public void Commit_ThenReopen_SegmentsPersist()
    {
        using (var index = SegmentIndex.Open(_path))
        {
            index.ReplaceDocument(1, [Segment(1, 1, "alpha")]);
            index.Commit();
        }

        using var reopened = SegmentIndex.Open(_path);
        Assert.Equal(1, reopened.Count);
        reopened.CheckHealth(full: true);
    }

    [Fact]
    public void Rebuild_FromStream_ReplacesEverything()
    {
        using var index = SegmentIndex.Open(_path, new SegmentIndexOptions { RebuildThreads = 2 });
        index.ReplaceDocument(99, [Segment(99999, 99, "stale")]);
        index.Commit();

        static IEnumerable<Model.CitedSegment> Stream()
        {
            for (var i = 1; i <= 2000; i++)
            {
                yield return Segment(i, i / 10, $"generated segment number {i} about data quality");
            }
        }

        var count = index.Rebuild(Stream());

        Assert.Equal(2000, count);
        Assert.Equal(2000, index.Count);
        var ids = index.AllSegmentIds();
        Assert.Equal(2000, ids.Count);
        Assert.DoesNotContain(99999L, ids);
    }

    [Fact]
    public void Rebuild_StreamFails_OldIndexKept()
    {
        using var index = SegmentIndex.Open(_path);
        index.ReplaceDocument(1, [Segment(1, 1, "alpha"), Segment(2, 1, "beta")]);
        index.Commit();

        static IEnumerable<Model.CitedSegment> Failing()
        {
            yield return Segment(5, 5, "new");
            throw new InvalidDataException("catalog read failed");
        }

        Assert.Throws<InvalidDataException>(() => index.Rebuild(Failing()));

        Assert.Equal(new HashSet<long> { 1, 2 }, index.AllSegmentIds().ToHashSet());
        index.ReplaceDocument(3, [Segment(3, 3, "still writable")]);
        index.Commit();
        Assert.Equal(3, index.Count);
    }

    [Fact]
    public void Open_SecondWriterOnSameDirectory_RefusedWithClearError()
    {
        using var index = SegmentIndex.Open(_path);

        var ex = Assert.Throws<IndexLockedException>(() => SegmentIndex.Open(_path));

        Assert.Contains("in use by another writer", ex.Message, StringComparison.Ordinal);
        index.ReplaceDocument(1, [Segment(1, 1, "first writer still works")]);
        index.Commit();
        Assert.Equal(1, index.Count);
    }

    [Fact]
    public void CheckHealth_GarbageInSegmentFile_ThrowsIndexCorrupt()
    {
        using (var index = SegmentIndex.Open(_path))
        {
            index.ReplaceDocument(1, Corpus().Where(s => s.DocumentId == 1).ToList());
            index.Commit();
            index.CheckHealth();
        }

        var victim = Directory.EnumerateFiles(_path)
            .Where(f => !Path.GetFileName(f).StartsWith("segments", StringComparison.Ordinal) && !f.EndsWith("write.lock", StringComparison.Ordinal))
            .OrderByDescending(f => new FileInfo(f).Length)
            .First();
        var bytes = File.ReadAllBytes(victim);
        for (var i = 0; i < bytes.Length; i++)
        {
            bytes[i] = (byte)(0xA5 ^ i);
        }

        File.WriteAllBytes(victim, bytes);

        IndexCorruptException? error = null;
        try
        {
            using var reopened = SegmentIndex.Open(_path);
            reopened.CheckHealth();
        }
        catch (IndexCorruptException ex)
        {
            error = ex;
        }

        Assert.NotNull(error);
        Assert.Contains("rebuild", error.Message, StringComparison.Ordinal);

        SegmentIndex.DeleteFiles(_path);
        using var rebuilt = SegmentIndex.Open(_path);
        rebuilt.Rebuild(Corpus());
        rebuilt.CheckHealth(full: true);
        Assert.Equal(Corpus().Count, rebuilt.Count);
    }
}
