using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace TranscriptMiner.Core.Indexing;

/// <summary>Creates searchers that score with BM25, like the writer.</summary>
internal sealed class Bm25SearcherFactory : SearcherFactory
{
    public override IndexSearcher NewSearcher(IndexReader reader) =>
        new(reader) { Similarity = new BM25Similarity() };
}
