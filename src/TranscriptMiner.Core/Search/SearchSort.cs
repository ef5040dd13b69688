namespace TranscriptMiner.Core.Search;

/// <summary>How hits are ordered.</summary>
public enum SearchSort
{
    /// <summary>Best BM25 score first.</summary>
    Relevance,

    /// <summary>Newest meeting date first (undated last), then score.</summary>
    Date,
}
