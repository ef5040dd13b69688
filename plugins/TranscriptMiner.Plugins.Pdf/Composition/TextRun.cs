using TranscriptMiner.Plugins.Pdf.Layout;

namespace TranscriptMiner.Plugins.Pdf.Composition;

/// <summary>Consecutive lines of one block that share a font size and weight: a paragraph or a heading candidate.</summary>
internal sealed class TextRun
{
    public TextRun(IReadOnlyList<LayoutLine> lines)
    {
        Lines = lines;
        Text = LineJoiner.Join(lines.Select(line => line.Text));
        var bold = true;
        var words = 0;
        var widest = lines[0];
        foreach (var line in lines)
        {
            bold &= line.IsBold;
            words += line.WordCount;
            if (line.Text.Length > widest.Text.Length)
            {
                widest = line;
            }
        }

        IsBold = bold;
        WordCount = words;
        FontSize = widest.FontSize;
        BoldPrefixLength = bold ? 0 : lines[0].BoldPrefixLength;
    }

    public IReadOnlyList<LayoutLine> Lines { get; }

    public string Text { get; }

    public bool IsBold { get; }

    public int WordCount { get; }

    public double FontSize { get; }

    public int BoldPrefixLength { get; }
}
