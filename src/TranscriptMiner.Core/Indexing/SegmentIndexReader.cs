using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace TranscriptMiner.Core.Indexing;

/// <summary>
/// A read-only view of the segment index for processes that only search (<c>transcriptminer search</c> while the
/// worker writes): takes no write lock, and sees each commit of the writing process at its next search.
/// </summary>
public sealed class SegmentIndexReader : ISegmentSearcherSource, IDisposable
{
    private readonly LuceneDirectory _directory;
    private readonly SearcherManager _searchers;

    private SegmentIndexReader(LuceneDirectory directory, SearcherManager searchers)
    {
        _directory = directory;
        _searchers = searchers;
    }

    /// <summary>Gets the analyzer of the index's fields.</summary>
    SegmentAnalyzer ISegmentSearcherSource.Analyzer => Analyzer;

    internal SegmentAnalyzer Analyzer { get; } = new();

    /// <summary>Opens the committed index in a directory for searching.</summary>
    /// <param name="directoryPath">The index directory.</param>
    /// <returns>The reader; dispose it when done.</returns>
    /// <exception cref="IndexCorruptException">There is no index in the directory, or it cannot be read.</exception>
    public static SegmentIndexReader Open(string directoryPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directoryPath);
        var path = Path.GetFullPath(directoryPath);
        LuceneDirectory directory = FSDirectory.Open(path);
        try
        {
            if (!DirectoryReader.IndexExists(directory))
            {
                throw new IndexCorruptException(path, "there is no index here yet (run 'transcriptminer reindex' or ingest something)");
            }

            return new SegmentIndexReader(directory, new SearcherManager(directory, new Bm25SearcherFactory()));
        }
        catch (Exception ex) when (ex is not IndexCorruptException)
        {
            directory.Dispose();
            throw new IndexCorruptException(path, ex.Message, ex);
        }
    }

    /// <inheritdoc cref="ISegmentSearcherSource.UseSearcher"/>
    void ISegmentSearcherSource.UseSearcher(Action<IndexSearcher> action, bool refresh)
    {
        _searchers.MaybeRefresh();
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

    /// <summary>Closes the reader.</summary>
    public void Dispose()
    {
        _searchers.Dispose();
        _directory.Dispose();
        Analyzer.Dispose();
    }
}
