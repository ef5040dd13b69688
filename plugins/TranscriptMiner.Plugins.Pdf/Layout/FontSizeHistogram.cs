namespace TranscriptMiner.Plugins.Pdf.Layout;

/// <summary>Counts characters per font size (in half points) to find a document's body size.</summary>
internal sealed class FontSizeHistogram
{
    private readonly Dictionary<int, int> counts = [];

    /// <summary>Gets the most frequent font size, or 0 when nothing was counted.</summary>
    public double Mode => ModeOf(counts);

    public static int KeyOf(double fontSize) => (int)Math.Round(fontSize * 2, MidpointRounding.AwayFromZero);

    public static double ModeOf(Dictionary<int, int> counts)
    {
        var bestKey = 0;
        var bestCount = -1;
        foreach (var (key, count) in counts)
        {
            if (count > bestCount || (count == bestCount && key < bestKey))
            {
                bestKey = key;
                bestCount = count;
            }
        }

        return bestKey / 2.0;
    }

    public void Add(FontSizeHistogram other)
    {
        foreach (var (key, count) in other.counts)
        {
            counts[key] = counts.GetValueOrDefault(key) + count;
        }
    }

    public void Add(double fontSize, int characters)
    {
        var key = KeyOf(fontSize);
        counts[key] = counts.GetValueOrDefault(key) + characters;
    }
}
