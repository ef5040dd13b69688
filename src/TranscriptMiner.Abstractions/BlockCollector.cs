namespace TranscriptMiner.Abstractions;

/// <summary>
/// Collects an extractor's blocks in reading order while enforcing <see cref="ExtractionLimits.MaxBlocks"/> and
/// observing cancellation: the one way every extractor builds its block list.
/// </summary>
/// <remarks>Not thread-safe: use one collector per document.</remarks>
public sealed class BlockCollector
{
    private readonly List<ExtractedBlock> _blocks = [];
    private readonly int _maxBlocks;
    private readonly CancellationToken _cancellationToken;

    /// <summary>Initializes a new collector.</summary>
    /// <param name="limits">The limits of the request being extracted.</param>
    /// <param name="cancellationToken">The token of the request being extracted.</param>
    public BlockCollector(ExtractionLimits limits, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(limits);
        _maxBlocks = limits.MaxBlocks;
        _cancellationToken = cancellationToken;
    }

    /// <summary>Gets the blocks collected so far, in order.</summary>
    public IReadOnlyList<ExtractedBlock> Blocks => _blocks;

    /// <summary>Gets the number of blocks collected so far.</summary>
    public int Count => _blocks.Count;

    /// <summary>Gets the most recent block, or null when there is none.</summary>
    public ExtractedBlock? Last => _blocks.Count == 0 ? null : _blocks[^1];

    /// <summary>Adds a block.</summary>
    /// <param name="block">The block.</param>
    /// <exception cref="ExtractionException">More than <see cref="ExtractionLimits.MaxBlocks"/> blocks (<see cref="ExtractionFailureKind.TooLarge"/>).</exception>
    /// <exception cref="OperationCanceledException">The request was cancelled.</exception>
    public void Add(ExtractedBlock block)
    {
        ArgumentNullException.ThrowIfNull(block);
        _cancellationToken.ThrowIfCancellationRequested();
        if (_blocks.Count >= _maxBlocks)
        {
            throw new ExtractionException(ExtractionFailureKind.TooLarge, $"the document has more than {_maxBlocks} blocks");
        }

        _blocks.Add(block);
    }

    /// <summary>Replaces the most recent block, e.g. to mark a table row as a header once its separator is seen.</summary>
    /// <param name="block">The block that replaces it.</param>
    /// <exception cref="InvalidOperationException">No block has been added.</exception>
    public void ReplaceLast(ExtractedBlock block)
    {
        ArgumentNullException.ThrowIfNull(block);
        if (_blocks.Count == 0)
        {
            throw new InvalidOperationException("there is no block to replace");
        }

        _blocks[^1] = block;
    }

    /// <summary>Throws when the request was cancelled; for loops that visit content without adding blocks.</summary>
    /// <exception cref="OperationCanceledException">The request was cancelled.</exception>
    public void ThrowIfCancellationRequested() => _cancellationToken.ThrowIfCancellationRequested();
}
