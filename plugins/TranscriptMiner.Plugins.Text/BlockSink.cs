using System.Text;
using TranscriptMiner.Abstractions;

namespace TranscriptMiner.Plugins.Text;

/// <summary>Collects blocks in order, enforcing <see cref="ExtractionLimits.MaxBlocks"/> and observing cancellation.</summary>
internal sealed class BlockSink
{
    /// <summary>Paragraphs longer than this are cut at a space, so one run-on line does not become one huge block.</summary>
    public const int MaxParagraphChars = 100_000;

    private readonly List<ExtractedBlock> _blocks = [];
    private readonly int _maxBlocks;
    private readonly CancellationToken _cancellationToken;

    public BlockSink(int maxBlocks, CancellationToken cancellationToken)
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
            throw new ExtractionException(
                ExtractionFailureKind.TooLarge,
                $"the document has more than {_maxBlocks} blocks");
        }

        if ((_blocks.Count & 1023) == 0)
        {
            _cancellationToken.ThrowIfCancellationRequested();
        }

        _blocks.Add(block);
    }

    /// <summary>Replaces the most recent block (used to mark a table row as a header once its separator is seen).</summary>
    public void ReplaceLast(ExtractedBlock block) => _blocks[^1] = block;

    public ExtractedBlock? Last => _blocks.Count == 0 ? null : _blocks[^1];

    /// <summary>Emits whole chunks of at most <see cref="MaxParagraphChars"/> from the front of <paramref name="buffer"/>
    /// while it is longer than the limit, keeping the remainder in the buffer.</summary>
    public void DrainLongParagraph(StringBuilder buffer)
    {
        while (buffer.Length > MaxParagraphChars)
        {
            var cut = FindCut(buffer);
            var chunk = buffer.ToString(0, cut).Trim();
            buffer.Remove(0, cut);
            if (chunk.Length > 0)
            {
                Add(ExtractedBlock.Paragraph(chunk));
            }
        }
    }

    private static int FindCut(StringBuilder buffer)
    {
        var limit = MaxParagraphChars;
        for (var i = limit; i > limit / 2; i--)
        {
            if (char.IsWhiteSpace(buffer[i]))
            {
                return i + 1;
            }
        }

        // No space in the second half: cut hard, but never between the halves of a surrogate pair.
        return char.IsLowSurrogate(buffer[limit]) ? limit - 1 : limit;
    }
}
