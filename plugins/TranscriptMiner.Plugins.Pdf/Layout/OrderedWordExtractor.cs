using UglyToad.PdfPig.Content;

namespace TranscriptMiner.Plugins.Pdf.Layout;

/// <summary>
/// Builds words in one pass over letters already in reading order along each line (what most producers write):
/// a word ends at a space glyph, at a gap wider than a fifth of the font size (the distance PdfPig's nearest
/// neighbour extractor allows), or where the baseline changes. Pages whose letters jump backwards along a line,
/// or run in any direction but left to right, are declined so the caller can fall back to nearest neighbours.
/// </summary>
internal static class OrderedWordExtractor
{
    private const double MaximumGapInFontSizes = 0.2;
    private const double SameBaselineInFontSizes = 0.3;
    private const double BackwardToleranceInFontSizes = 0.5;
    private const double MaximumBackwardShare = 0.01;

    public static bool TryGetWords(IReadOnlyList<Letter> letters, out List<Word> words)
    {
        words = new List<Word>(letters.Count / 5 + 1);
        var current = new List<Letter>();
        var backwardJumps = 0;
        Letter? previous = null;
        foreach (var letter in letters)
        {
            if (letter.TextOrientation != TextOrientation.Horizontal)
            {
                return false;
            }

            if (string.IsNullOrWhiteSpace(letter.Value))
            {
                Flush(current, words);
                previous = null;
                continue;
            }

            if (previous is not null)
            {
                var size = Math.Max(1, Math.Max(previous.PointSize, letter.PointSize));
                var sameBaseline = Math.Abs(letter.StartBaseLine.Y - previous.EndBaseLine.Y) <= SameBaselineInFontSizes * size;
                var gap = letter.StartBaseLine.X - previous.EndBaseLine.X;
                if (sameBaseline && gap < -BackwardToleranceInFontSizes * size && ++backwardJumps > MaximumBackwardShare * letters.Count)
                {
                    return false;
                }

                if (!sameBaseline || gap > MaximumGapInFontSizes * size || gap < -BackwardToleranceInFontSizes * size)
                {
                    Flush(current, words);
                }
            }

            current.Add(letter);
            previous = letter;
        }

        Flush(current, words);
        return true;
    }

    private static void Flush(List<Letter> current, List<Word> words)
    {
        if (current.Count > 0)
        {
            words.Add(new Word(current.ToArray()));
            current.Clear();
        }
    }
}
