using UglyToad.PdfPig.Content;

namespace TranscriptMiner.Plugins.Pdf.Layout;

/// <summary>All words of a page that share a baseline, left to right, split into groups at wide gaps (would-be cells).</summary>
internal sealed class PhysicalLine
{
    /// <summary>A gap separating two cells is at least this many font sizes wide (a space is about a quarter)...</summary>
    private const double CellGapInFontSizes = 0.8;

    /// <summary>... and at least this many times the page's usual gap between words.</summary>
    private const double CellGapInWordGaps = 3.0;

    /// <summary>A gap between two text columns is at least this many font sizes wide...</summary>
    private const double ColumnGapInFontSizes = 1.5;

    /// <summary>... and at least this many times the page's usual gap between words.</summary>
    private const double ColumnGapInWordGaps = 4.0;

    private readonly List<(Word Word, WordInfo Info)> words;

    public PhysicalLine(List<(Word Word, WordInfo Info)> words)
    {
        words.Sort((a, b) => a.Info.Left.CompareTo(b.Info.Left));
        double size = 0;
        foreach (var (_, info) in words)
        {
            size = Math.Max(size, info.FontSize);
        }

        FontSize = size > 0 ? size : 1;
        Baseline = words[0].Info.Baseline;
        this.words = words;
    }

    public IReadOnlyList<(Word Word, WordInfo Info)> Words => words;

    public IReadOnlyList<WordGroup> Groups { get; private set; } = [];

    /// <summary>Adds the gaps between this line's words to <paramref name="gaps"/>.</summary>
    public void CollectGaps(List<double> gaps)
    {
        for (var i = 1; i < words.Count; i++)
        {
            var gap = words[i].Info.Left - words[i - 1].Info.Right;
            if (gap > 0)
            {
                gaps.Add(gap);
            }
        }
    }

    /// <summary>Gets the line's pieces in different text columns (split at gaps wider than a cell gap), once split.</summary>
    public IReadOnlyList<WordGroup> Segments { get; private set; } = [];

    /// <summary>Splits the line into would-be cells at gaps much wider than <paramref name="usualWordGap"/>.</summary>
    public void SplitIntoGroups(double usualWordGap) =>
        Groups = Split(Math.Max(CellGapInFontSizes * FontSize, CellGapInWordGaps * usualWordGap));

    /// <summary>Splits the line into pieces of different text columns: gaps wider than justified text ever stretches to.</summary>
    public void SplitIntoSegments(double usualWordGap) =>
        Segments = Split(Math.Max(ColumnGapInFontSizes * FontSize, ColumnGapInWordGaps * usualWordGap));

    private List<WordGroup> Split(double minimumGap)
    {
        var groups = new List<WordGroup>();
        var start = 0;
        for (var i = 1; i <= words.Count; i++)
        {
            if (i == words.Count || words[i].Info.Left - words[i - 1].Info.Right > minimumGap)
            {
                groups.Add(new WordGroup(words, start, i));
                start = i;
            }
        }

        return groups;
    }

    public double FontSize { get; }

    public double Baseline { get; }
}
