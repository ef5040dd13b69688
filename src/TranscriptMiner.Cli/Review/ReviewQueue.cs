using TranscriptMiner.Core.Catalog;
using TranscriptMiner.Core.Coding;

namespace TranscriptMiner.Cli.Review;

/// <summary>
/// The segments a session walks through: the catalog's review queue, read again when the session reaches its end
/// (segments that became due meanwhile, or beyond the first page, are appended; segments already listed stay put).
/// </summary>
internal sealed class ReviewQueue
{
    private const int PageSize = 1000;

    private readonly CodingStore _coding;
    private readonly ReviewQuery _query;
    private readonly List<long> _ids = [];
    private readonly HashSet<long> _listed = [];

    public ReviewQueue(CodingStore coding, ReviewQuery query)
    {
        _coding = coding;
        _query = query;
    }

    public int Count => _ids.Count;

    public long this[int index] => _ids[index];

    /// <summary>The order when none is asked for: active learning (uncertainty) once any queued suggestion came from a model, else document order.</summary>
    /// <param name="coding">The catalog's coding API.</param>
    /// <param name="query">The coder and filters.</param>
    public static ReviewOrder DefaultOrder(CodingStore coding, ReviewQuery query)
    {
        ArgumentNullException.ThrowIfNull(coding);
        ArgumentNullException.ThrowIfNull(query);
        return coding.HasQueuedModelSuggestion(query) ? ReviewOrder.Uncertainty : ReviewOrder.Document;
    }

    /// <summary>Reads the catalog's queue and appends the segments not listed yet.</summary>
    /// <returns><see langword="true"/> when some were appended.</returns>
    public bool Extend()
    {
        var added = false;
        foreach (var id in _coding.ReadReviewQueue(_query with { Limit = _listed.Count + PageSize }))
        {
            if (_listed.Add(id))
            {
                _ids.Add(id);
                added = true;
            }
        }

        return added;
    }
}
