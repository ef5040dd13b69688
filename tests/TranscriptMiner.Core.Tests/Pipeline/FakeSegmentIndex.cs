using TranscriptMiner.Core.Indexing;
using TranscriptMiner.Core.Model;

namespace TranscriptMiner.Core.Tests.Pipeline;

/// <summary>An in-memory index: changes are staged and become visible on <see cref="Commit"/>; a failed commit discards them (the worst case).</summary>
internal sealed class FakeSegmentIndex : ISegmentIndexWriter
{
    private readonly Lock _gate = new();
    private readonly Dictionary<long, IReadOnlyList<CitedSegment>> _committed = [];
    private readonly List<(long DocumentId, IReadOnlyList<CitedSegment>? Segments)> _staged = [];
    private readonly TaskCompletionSource _firstCommit = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Gets or sets how many of the next commits throw an <see cref="IOException"/> (disk full).</summary>
    public int FailingCommits { get; set; }

    public int Commits { get; private set; }

    /// <summary>Gets a task that completes at the first successful commit.</summary>
    public Task FirstCommit => _firstCommit.Task;

    public IReadOnlyDictionary<long, IReadOnlyList<CitedSegment>> Committed
    {
        get
        {
            lock (_gate)
            {
                return new Dictionary<long, IReadOnlyList<CitedSegment>>(_committed);
            }
        }
    }

    public IReadOnlySet<long> CommittedSegmentIds
    {
        get
        {
            lock (_gate)
            {
                return _committed.Values.SelectMany(s => s).Select(s => s.SegmentId).ToHashSet();
            }
        }
    }

    public void ReplaceDocument(long documentId, IReadOnlyList<CitedSegment> segments)
    {
        lock (_gate)
        {
            Assert.All(segments, s => Assert.Equal(documentId, s.DocumentId));
            _staged.Add((documentId, segments.ToList()));
        }
    }

    public void DeleteDocument(long documentId)
    {
        lock (_gate)
        {
            _staged.Add((documentId, null));
        }
    }

    public void Commit()
    {
        lock (_gate)
        {
            if (FailingCommits > 0)
            {
                FailingCommits--;
                _staged.Clear();
                throw new IOException("No space left on device");
            }

            foreach (var (documentId, segments) in _staged)
            {
                if (segments is { Count: > 0 })
                {
                    _committed[documentId] = segments;
                }
                else
                {
                    _committed.Remove(documentId);
                }
            }

            _staged.Clear();
            Commits++;
            _firstCommit.TrySetResult();
        }
    }
}
