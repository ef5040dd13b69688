using System.Text;
using TranscriptMiner.Abstractions;

namespace TranscriptMiner.Plugins.Text;

/// <summary>Cuts run-on text into paragraph blocks of bounded size, so one 50 MB line does not become one huge block.</summary>
internal static class LongParagraphSplitter
{
    /// <summary>Paragraphs longer than this are cut at a space.</summary>
    public const int MaxParagraphChars = 100_000;

    /// <summary>Emits whole chunks of at most <see cref="MaxParagraphChars"/> from the front of <paramref name="buffer"/>
    /// while it is longer than the limit, keeping the remainder in the buffer.</summary>
    public static void Drain(StringBuilder buffer, BlockCollector blocks)
    {
        while (buffer.Length > MaxParagraphChars)
        {
            var cut = FindCut(buffer);
            var chunk = buffer.ToString(0, cut).Trim();
            buffer.Remove(0, cut);
            if (chunk.Length > 0)
            {
                blocks.Add(ExtractedBlock.Paragraph(chunk));
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
