using System.Threading.Channels;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using TranscriptMiner.Core.Model;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace TranscriptMiner.Core.Indexing;

/// <summary>
/// The Lucene.Net index of segments in one directory: exactly one <see cref="IndexWriter"/> (which holds
/// Lucene's write.lock, so a second writer in this or another process is refused with
/// <see cref="IndexLockedException"/>) and a near-real-time <see cref="SearcherManager"/> for readers.
/// All members are thread-safe. Writes become visible to searches after <see cref="Commit"/> or
/// <see cref="Refresh"/> (searches also refresh lazily after writes) and durable after <see cref="Commit"/>.
/// </summary>
public sealed class SegmentIndex : ISegmentIndexWriter, ISegmentSearcherSource, IDisposable
{
    private readonly SegmentIndexOptions _options;
    private readonly ReaderWriterLockSlim _gate = new(LockRecursionPolicy.NoRecursion);
    private readonly ReaderWriterLockSlim _rebuild = new(LockRecursionPolicy.NoRecursion);
    private volatile bool _rebuilding;
    private LuceneDirectory _directory;
    private IndexWriter _writer;
    private SearcherManager _searchers;
    private volatile bool _dirty;
    private bool _disposed;

    private SegmentIndex(string directoryPath, SegmentIndexOptions options)
    {
        DirectoryPath = directoryPath;
        _options = options;
        (_directory, _writer, _searchers) = OpenWriter(directoryPath, options);
    }

    /// <summary>Gets the index directory.</summary>
    public string DirectoryPath { get; }

    /// <summary>Gets the number of live segments (including writes not yet committed).</summary>
    public int Count
    {
        get
        {
            _gate.EnterReadLock();
            try
            {
                return _writer.NumDocs;
            }
            finally
            {
                _gate.ExitReadLock();
            }
        }
    }

    /// <summary>Gets the total size of the index files, in bytes.</summary>
    public long SizeOnDisk
    {
        get
        {
            var directory = new DirectoryInfo(DirectoryPath);
            long total = 0;
            foreach (var file in directory.EnumerateFiles())
            {
                try
                {
                    total += file.Length;
                }
                catch (FileNotFoundException)
                {
                    // merged away while we looked
                }
            }

            return total;
        }
    }

    internal SegmentAnalyzer Analyzer { get; } = new();

    /// <inheritdoc/>
    SegmentAnalyzer ISegmentSearcherSource.Analyzer => Analyzer;

    /// <summary>Opens (or creates) the index in a directory.</summary>
    /// <param name="directoryPath">The index directory; created if missing.</param>
    /// <param name="options">Tuning; defaults when null.</param>
    /// <returns>The open index; dispose it to release the write lock.</returns>
    /// <exception cref="IndexLockedException">Another writer holds the index.</exception>
    /// <exception cref="IndexCorruptException">The index exists but cannot be read; call <see cref="DeleteFiles"/> and rebuild.</exception>
    public static SegmentIndex Open(string directoryPath, SegmentIndexOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directoryPath);
        return new SegmentIndex(Path.GetFullPath(directoryPath), options ?? new SegmentIndexOptions());
    }

    /// <summary>Deletes every file of a (closed) index directory, e.g. after <see cref="IndexCorruptException"/>, before reopening and rebuilding.</summary>
    /// <param name="directoryPath">The index directory.</param>
    public static void DeleteFiles(string directoryPath)
    {
        if (!System.IO.Directory.Exists(directoryPath))
        {
            return;
        }

        foreach (var file in System.IO.Directory.EnumerateFiles(directoryPath))
        {
            File.Delete(file);
        }
    }

    /// <summary>Replaces all segments of a document atomically (delete by document id, then add).</summary>
    /// <param name="documentId">The catalog document id.</param>
    /// <param name="segments">The document's current segments (all with this document id); empty deletes the document.</param>
    public void ReplaceDocument(long documentId, IReadOnlyList<CitedSegment> segments)
    {
        ArgumentNullException.ThrowIfNull(segments);
        foreach (var segment in segments)
        {
            if (segment.DocumentId != documentId)
            {
                throw new ArgumentException($"Segment {segment.SegmentId} belongs to document {segment.DocumentId}, not {documentId}.", nameof(segments));
            }
        }

        WithWriter(writer => writer.UpdateDocuments(DocumentTerm(documentId), BuildAll(segments)));
    }

    /// <summary>Deletes all segments of a document.</summary>
    /// <param name="documentId">The catalog document id.</param>
    public void DeleteDocument(long documentId) =>
        WithWriter(writer => writer.DeleteDocuments(DocumentTerm(documentId)));

    /// <summary>Makes all writes durable and visible to searches.</summary>
    public void Commit()
    {
        _rebuild.EnterReadLock();
        _gate.EnterReadLock();
        try
        {
            ThrowIfDisposed();
            _writer.Commit();
            _searchers.MaybeRefreshBlocking();
            _dirty = false;
        }
        finally
        {
            _gate.ExitReadLock();
            _rebuild.ExitReadLock();
        }
    }

    /// <summary>Makes all writes visible to searches without committing them.</summary>
    public void Refresh()
    {
        _gate.EnterReadLock();
        try
        {
            ThrowIfDisposed();
            if (!_rebuilding)
            {
                _searchers.MaybeRefreshBlocking();
                _dirty = false;
            }
        }
        finally
        {
            _gate.ExitReadLock();
        }
    }

    /// <summary>
    /// Replaces the whole index with the given segments, streamed: everything is deleted and re-added
    /// on several threads, then committed once. Until that commit, searches (which keep running) and a
    /// crash see the old index, and other writes wait; on failure or cancellation the writer is rolled
    /// back to the last commit.
    /// </summary>
    /// <param name="all">Every segment to index (enumerated once, on the calling thread).</param>
    /// <param name="cancellationToken">Cancels the rebuild (the old index stays).</param>
    /// <returns>The number of segments indexed.</returns>
    public long Rebuild(IEnumerable<CitedSegment> all, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(all);
        _rebuild.EnterWriteLock();
        try
        {
            Exception? failure = null;
            _gate.EnterReadLock();
            try
            {
                ThrowIfDisposed();
                _rebuilding = true;
                _writer.DeleteAll();
                var count = AddInParallel(all, cancellationToken);
                _writer.Commit();
                _rebuilding = false;
                _searchers.MaybeRefreshBlocking();
                _dirty = false;
                return count;
            }
            catch (Exception ex)
            {
                failure = ex;
                throw;
            }
            finally
            {
                _gate.ExitReadLock();
                if (failure is not null && !_disposed)
                {
                    _gate.EnterWriteLock();
                    try
                    {
                        RollBackAndReopen();
                    }
                    finally
                    {
                        _rebuilding = false;
                        _gate.ExitWriteLock();
                    }
                }
            }
        }
        finally
        {
            _rebuild.ExitWriteLock();
        }
    }

    /// <summary>Checks that the last commit can be opened and that every file's checksum is right.</summary>
    /// <param name="full">Also run Lucene's CheckIndex (decodes every posting; slow on large indexes).</param>
    /// <exception cref="IndexCorruptException">The index is corrupt or unreadable.</exception>
    public void CheckHealth(bool full = false)
    {
        _gate.EnterReadLock();
        try
        {
            ThrowIfDisposed();
            try
            {
                using (var reader = DirectoryReader.Open(_directory))
                {
                    foreach (var leaf in reader.Leaves)
                    {
                        leaf.AtomicReader.CheckIntegrity();
                    }
                }

                if (full)
                {
                    var status = new CheckIndex(_directory).DoCheckIndex();
                    if (!status.Clean)
                    {
                        throw new IndexCorruptException(DirectoryPath, "CheckIndex found problems");
                    }
                }
            }
            catch (Exception ex) when (IsCorruption(ex))
            {
                throw new IndexCorruptException(DirectoryPath, ex.Message, ex);
            }
        }
        finally
        {
            _gate.ExitReadLock();
        }
    }

    /// <summary>Gets the ids of every live segment (after making pending writes visible), for consistency checks against the catalog.</summary>
    /// <returns>The segment ids.</returns>
    public IReadOnlySet<long> AllSegmentIds()
    {
        var ids = new HashSet<long>();
        UseSearcher(searcher =>
        {
            foreach (var leaf in searcher.IndexReader.Leaves)
            {
                var reader = leaf.AtomicReader;
                var values = reader.GetNumericDocValues(SegmentFieldNames.SegmentId);
                if (values is null)
                {
                    continue;
                }

                var live = reader.LiveDocs;
                for (var doc = 0; doc < reader.MaxDoc; doc++)
                {
                    if (live is null || live.Get(doc))
                    {
                        ids.Add(values.Get(doc));
                    }
                }
            }
        }, refresh: true);
        return ids;
    }

    /// <summary>Commits pending writes and releases the writer and its lock.</summary>
    public void Dispose()
    {
        _gate.EnterWriteLock();
        try
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            _searchers.Dispose();
            _writer.Dispose();
            _directory.Dispose();
            Analyzer.Dispose();
        }
        finally
        {
            _gate.ExitWriteLock();
        }

        _gate.Dispose();
        _rebuild.Dispose();
    }

    /// <inheritdoc/>
    void ISegmentSearcherSource.UseSearcher(Action<IndexSearcher> action, bool refresh) => UseSearcher(action, refresh);

    /// <summary>Runs an action with a current searcher (BM25), refreshing first when writes are pending.</summary>
    internal void UseSearcher(Action<IndexSearcher> action, bool refresh = false)
    {
        _gate.EnterReadLock();
        try
        {
            ThrowIfDisposed();
            if (!_rebuilding && (refresh || _dirty))
            {
                _dirty = false;
                _searchers.MaybeRefreshBlocking();
            }

            var searcher = _searchers.Acquire();
            try
            {
                action(searcher);
            }
            finally
            {
                _searchers.Release(searcher);
            }
        }
        finally
        {
            _gate.ExitReadLock();
        }
    }

    private static (LuceneDirectory Directory, IndexWriter Writer, SearcherManager Searchers) OpenWriter(string path, SegmentIndexOptions options)
    {
        System.IO.Directory.CreateDirectory(path);
        LuceneDirectory directory = FSDirectory.Open(path);
        IndexWriter? writer = null;
        try
        {
            var config = new IndexWriterConfig(SegmentAnalyzer.Version, new SegmentAnalyzer())
            {
                OpenMode = OpenMode.CREATE_OR_APPEND,
                Similarity = new BM25Similarity(),
                RAMBufferSizeMB = options.RamBufferSizeMB,
                UseCompoundFile = false,
            };
            writer = new IndexWriter(directory, config);
            if (!DirectoryReader.IndexExists(directory))
            {
                writer.Commit();
            }

            var searchers = new SearcherManager(writer, true, new Bm25SearcherFactory());
            return (directory, writer, searchers);
        }
        catch (LockObtainFailedException ex)
        {
            directory.Dispose();
            throw new IndexLockedException(path, ex);
        }
        catch (Exception ex) when (IsCorruption(ex))
        {
            writer?.Dispose();
            directory.Dispose();
            throw new IndexCorruptException(path, ex.Message, ex);
        }
    }

    private static bool IsCorruption(Exception ex) =>
        ex is CorruptIndexException or IndexFormatTooOldException or IndexFormatTooNewException
            or EndOfStreamException or IOException or IndexOutOfRangeException or ArgumentException
            or InvalidOperationException
        && ex is not LockObtainFailedException;

    private static Term DocumentTerm(long documentId) =>
        new(SegmentFieldNames.DocumentId, SegmentDocumentBuilder.IdTerm(documentId));

    private static IEnumerable<IEnumerable<IIndexableField>> BuildAll(IReadOnlyList<CitedSegment> segments)
    {
        // The writer consumes each document before asking for the next, so one builder is reused.
        var builder = new SegmentDocumentBuilder();
        foreach (var segment in segments)
        {
            yield return builder.Build(segment);
        }
    }

    private long AddInParallel(IEnumerable<CitedSegment> all, CancellationToken cancellationToken)
    {
        const int batchSize = 512;
        var threads = Math.Max(1, _options.RebuildThreads);
        var channel = Channel.CreateBounded<List<CitedSegment>>(new BoundedChannelOptions(threads * 4) { SingleWriter = true });
        long count = 0;
        var writer = _writer;
        var workers = Enumerable.Range(0, threads).Select(_ => Task.Run(
            async () =>
            {
                var builder = new SegmentDocumentBuilder();
                await foreach (var batch in channel.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
                {
                    foreach (var segment in batch)
                    {
                        writer.AddDocument(builder.Build(segment));
                    }

                    Interlocked.Add(ref count, batch.Count);
                }
            },
            cancellationToken)).ToArray();

        try
        {
            var batch = new List<CitedSegment>(batchSize);
            foreach (var segment in all)
            {
                batch.Add(segment);
                if (batch.Count == batchSize)
                {
                    WriteBatch(channel.Writer, batch, workers, cancellationToken);
                    batch = new List<CitedSegment>(batchSize);
                }
            }

            if (batch.Count > 0)
            {
                WriteBatch(channel.Writer, batch, workers, cancellationToken);
            }

            channel.Writer.Complete();
        }
        catch (Exception ex)
        {
            channel.Writer.TryComplete(ex);
            try
            {
                Task.WaitAll(workers, CancellationToken.None);
            }
            catch (AggregateException)
            {
                // the producer's exception is the one that matters
            }

            throw;
        }

        try
        {
            Task.WaitAll(workers, CancellationToken.None);
        }
        catch (AggregateException ex) when (ex.InnerExceptions.Count == 1)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(ex.InnerExceptions[0]).Throw();
        }

        return count;
    }

    private static void WriteBatch(ChannelWriter<List<CitedSegment>> writer, List<CitedSegment> batch, Task[] workers, CancellationToken cancellationToken)
    {
        while (!writer.TryWrite(batch))
        {
            var ready = writer.WaitToWriteAsync(cancellationToken).AsTask();
            var finished = Task.WaitAny([ready, .. workers], cancellationToken);
            if (finished > 0)
            {
                // a worker stopped early: surface its exception
                workers[finished - 1].GetAwaiter().GetResult();
                throw new InvalidOperationException("An indexing worker stopped unexpectedly.");
            }

            if (!ready.GetAwaiter().GetResult())
            {
                throw new OperationCanceledException(cancellationToken);
            }
        }
    }

    private void RollBackAndReopen()
    {
        try
        {
            _searchers.Dispose();
            _writer.Rollback();
        }
        finally
        {
            _directory.Dispose();
            (_directory, _writer, _searchers) = OpenWriter(DirectoryPath, _options);
            _dirty = false;
        }
    }

    private void WithWriter(Action<IndexWriter> action)
    {
        _rebuild.EnterReadLock();
        _gate.EnterReadLock();
        try
        {
            ThrowIfDisposed();
            action(_writer);
            _dirty = true;
        }
        finally
        {
            _gate.ExitReadLock();
            _rebuild.ExitReadLock();
        }
    }

    private void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(_disposed, this);
}
