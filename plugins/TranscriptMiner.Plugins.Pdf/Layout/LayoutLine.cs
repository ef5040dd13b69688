using System.Text;

namespace TranscriptMiner.Plugins.Pdf.Layout;

/// <summary>One line of text inside a region, left to right, with its baseline and style.</summary>
internal sealed class LayoutLine
{
    public LayoutLine(IReadOnlyList<WordInfo> words)
    {
        var text = new StringBuilder();
        var allBold = true;
        var boldPrefix = 0;
        var inPrefix = true;
        var sizes = new Dictionary<int, int>();
        foreach (var word in words)
        {
            if (text.Length > 0)
            {
                text.Append(' ');
            }

            text.Append(word.Text);
            allBold &= word.IsBold;
            if (inPrefix && word.IsBold)
            {
                boldPrefix = text.Length;
            }
            else
            {
                inPrefix = false;
            }

            var key = FontSizeHistogram.KeyOf(word.FontSize);
            sizes[key] = sizes.GetValueOrDefault(key) + word.Text.Length;
        }

        Text = text.ToString();
        Baseline = words.Count > 0 ? words[0].Baseline : 0;
        IsBold = allBold && words.Count > 0;
        BoldPrefixLength = boldPrefix;
        FontSize = FontSizeHistogram.ModeOf(sizes);
        WordCount = words.Count;
    }

    public string Text { get; }

    public double Baseline { get; }

    /// <summary>Gets the dominant font size of the line (by characters), rounded to half a point.</summary>
    public double FontSize { get; }

    /// <summary>Gets whether every word of the line is bold.</summary>
    public bool IsBold { get; }

    /// <summary>Gets the number of characters at the start of <see cref="Text"/> covered by bold words.</summary>
    public int BoldPrefixLength { get; }

    public int WordCount { get; }

    /// <summary>Gets or sets whether the line was recognised as a running header, footer or page number.</summary>
    public bool IsRunningLine { get; set; }
}
