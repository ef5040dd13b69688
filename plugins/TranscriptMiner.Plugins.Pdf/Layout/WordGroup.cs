using UglyToad.PdfPig.Content;

namespace TranscriptMiner.Plugins.Pdf.Layout;

/// <summary>Words of one physical line that sit close together: a would-be table cell or a line of one column.</summary>
internal sealed class WordGroup
{
    public WordGroup(List<(Word Word, WordInfo Info)> words, int start, int end)
    {
        Left = words[start].Info.Left;
        Right = words[end - 1].Info.Right;
        WordCount = end - start;
        var texts = new string[WordCount];
        var infos = new WordInfo[WordCount];
        var bold = true;
        for (var i = start; i < end; i++)
        {
            texts[i - start] = words[i].Info.Text;
            infos[i - start] = words[i].Info;
            bold &= words[i].Info.IsBold;
        }

        Text = string.Join(' ', texts);
        IsBold = bold;
        Words = infos;
    }

    /// <summary>Gets the group's words, left to right.</summary>
    public IReadOnlyList<WordInfo> Words { get; }

    public double Left { get; }

    public double Right { get; }

    public int WordCount { get; }

    public string Text { get; }

    public bool IsBold { get; }

    /// <summary>Whether this group shares horizontal space with <paramref name="other"/>.</summary>
    public bool Overlaps(WordGroup other, double tolerance) =>
        Left <= other.Right + tolerance && other.Left <= Right + tolerance;
}
