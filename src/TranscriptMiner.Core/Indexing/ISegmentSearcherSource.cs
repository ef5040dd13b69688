using Lucene.Net.Search;

namespace TranscriptMiner.Core.Indexing;

/// <summary>Where searches get a current BM25 searcher and the analyzer the index was written with.</summary>
internal interface ISegmentSearcherSource
{
    /// <summary>Gets the analyzer of the index's fields.</summary>
    SegmentAnalyzer Analyzer { get; }

    /// <summary>Runs an action with a current searcher.</summary>
    void UseSearcher(Action<IndexSearcher> action, bool refresh = false);
}
