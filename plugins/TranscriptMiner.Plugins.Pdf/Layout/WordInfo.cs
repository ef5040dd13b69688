namespace TranscriptMiner.Plugins.Pdf.Layout;

/// <summary>What the extractor keeps of one PdfPig word: its text, box, dominant size and weight.</summary>
internal sealed class WordInfo
{
    public WordInfo(string text, double left, double right, double bottom, double top, double baseline, double fontSize, bool isBold)
    {
        Text = text;
        Left = left;
        Right = right;
        Bottom = bottom;
        Top = top;
        Baseline = baseline;
        FontSize = fontSize;
        IsBold = isBold;
    }

    public string Text { get; }

    public double Left { get; }

    public double Right { get; }

    public double Bottom { get; }

    public double Top { get; }

    public double Baseline { get; }

    public double FontSize { get; }

    public bool IsBold { get; }
}
