using TranscriptMiner.Abstractions;

namespace TranscriptMiner.Plugins.Html;

/// <summary>Collects blocks in order, enforcing <see cref="ExtractionLimits.MaxBlocks"/> and observing cancellation.</summary>
internal sealed class HtmlBlockSink
{
    private readonly List<ExtractedBlock> _blocks = [];
    private readonly int _maxBlocks;
    private readonly CancellationToken _cancellationToken;

    public HtmlBlockSink(int maxBlocks, CancellationToken cancellationToken)
    {
        _maxBlocks = maxBlocks;
        _cancellationToken = cancellationToken;
    }

    public IReadOnlyList<ExtractedBlock> Blocks => _blocks;

    public int Count => _blocks.Count;

    public void Add(ExtractedBlock block)
    {
        if (_blocks.Count >= _maxBlocks)
        {
            throw new ExtractionException(ExtractionFailureKind.TooLarge, $"the page has more than {_maxBlocks} blocks");
        }

        if ((_blocks.Count & 255) == 0)
        {
            _cancellationToken.ThrowIfCancellationRequested();
        }

        _blocks.Add(block);
    }

    public void Clear() => _blocks.Clear();
}
