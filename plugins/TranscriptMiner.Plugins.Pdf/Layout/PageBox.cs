namespace TranscriptMiner.Plugins.Pdf.Layout;

/// <summary>A rectangle in page coordinates (points, y up).</summary>
internal readonly record struct PageBox(double Left, double Bottom, double Right, double Top)
{
    public static PageBox Empty { get; } = new(double.MaxValue, double.MaxValue, double.MinValue, double.MinValue);

    public PageBox Union(WordInfo word) => new(
        Math.Min(Left, word.Left),
        Math.Min(Bottom, word.Bottom),
        Math.Max(Right, word.Right),
        Math.Max(Top, word.Top));
}
