using System.Globalization;
using TranscriptMiner.Abstractions;

namespace TranscriptMiner.Plugins.Docx;

/// <summary>Collects blocks in order, refusing more than the limit allows and observing cancellation.</summary>
internal sealed class BlockCollector
{
    private const int CancellationCheckInterval = 64;

    private readonly List<ExtractedBlock> _blocks = [];
    private readonly int _maxBlocks;
    private readonly CancellationToken _cancellationToken;
    private int _visited;

    internal BlockCollector(int maxBlocks, CancellationToken cancellationToken)
    {
        _maxBlocks = maxBlocks;
        _cancellationToken = cancellationToken;
    }

    /// <summary>Gets the blocks collected so far.</summary>
    internal IReadOnlyList<ExtractedBlock> Blocks => _blocks;

    /// <summary>Notes that one more paragraph or row was visited; checks cancellation every so often.</summary>
    internal void Visit()
    {
        if (++_visited % CancellationCheckInterval == 0)
        {
            _cancellationToken.ThrowIfCancellationRequested();
        }
    }

    /// <summary>Adds a block.</summary>
    /// <param name="block">The block.</param>
    /// <exception cref="ExtractionException">The document produces more blocks than allowed.</exception>
    internal void Add(ExtractedBlock block)
    {
        if (_blocks.Count >= _maxBlocks)
        {
            throw new ExtractionException(
                ExtractionFailureKind.TooLarge,
                string.Create(CultureInfo.InvariantCulture, $"the Word document produces more than {_maxBlocks} blocks"));
        }

        _blocks.Add(block);
    }
}
