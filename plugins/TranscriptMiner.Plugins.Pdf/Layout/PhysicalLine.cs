using UglyToad.PdfPig.Content;

namespace TranscriptMiner.Plugins.Pdf.Layout;

/// <summary>All words of a page that share a baseline, left to right, split into groups at wide gaps.</summary>
internal sealed class PhysicalLine
{
    /// <summary>A gap wider than this many font sizes separates two cells (a space is about a quarter).</summary>
    private const double CellGapInFontSizes = 1.5;

    public PhysicalLine(List<(Word Word, WordInfo Info)> words)
    {
        words.Sort((a, b) => a.Info.Left.CompareTo(b.Info.Left));
        Words = words;
        double size = 0;
        foreach (var (_, info) in words)
        {
            size = Math.Max(size, info.FontSize);
        }

        FontSize = size > 0 ? size : 1;
        Baseline = words[0].Info.Baseline;
        var groups = new List<WordGroup>();
        var start = 0;
        for (var i = 1; i <= words.Count; i++)
        {
            if (i == words.Count || words[i].Info.Left - words[i - 1].Info.Right > CellGapInFontSizes * FontSize)
            {
                groups.Add(new WordGroup(words, start, i));
                start = i;
            }
        }

        Groups = groups;
    }

    public IReadOnlyList<(Word Word, WordInfo Info)> Words { get; }

    public IReadOnlyList<WordGroup> Groups { get; }

    public double FontSize { get; }

    public double Baseline { get; }
}
