namespace TranscriptMiner.Plugins.Html;

/// <summary>The numbering state of an open <c>ol</c> or <c>ul</c>.</summary>
internal sealed class HtmlListState
{
    public HtmlListState(bool ordered, int next, bool reversed, string? type)
    {
        Ordered = ordered;
        Next = next;
        Reversed = reversed;
        Type = type;
    }

    public bool Ordered { get; }

    public bool Reversed { get; }

    public string? Type { get; }

    public int Next { get; set; }

    /// <summary>The marker of the next item (honouring its <c>value</c> attribute), advancing the counter.</summary>
    public string TakeMarker(string? valueAttribute)
    {
        if (!Ordered)
        {
            return "\u2022";
        }

        if (int.TryParse(valueAttribute, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var value))
        {
            Next = value;
        }

        var marker = HtmlListNumbering.Format(Next, Type);
        Next += Reversed ? -1 : 1;
        return marker;
    }
}
