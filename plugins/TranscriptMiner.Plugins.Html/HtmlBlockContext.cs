using TranscriptMiner.Abstractions;

namespace TranscriptMiner.Plugins.Html;

/// <summary>An open block element collecting its inline text: what it becomes when flushed (a heading, list item or
/// paragraph) and whether part of it was already emitted before a nested block.</summary>
internal sealed class HtmlBlockContext
{
    public HtmlBlockContext(BlockKind kind, int headingLevel = 0, string? listNumber = null, int listLevel = 0, HtmlBlockContext? listOwner = null)
    {
        Kind = kind;
        ListOwner = listOwner;
        HeadingLevel = headingLevel;
        ListNumber = listNumber;
        ListLevel = listLevel;
    }

    public BlockKind Kind { get; }

    public int HeadingLevel { get; }

    public string? ListNumber { get; }

    public int ListLevel { get; }

    /// <summary>Gets the list item a block inside an <c>li</c> (such as its <c>p</c>) speaks for, if any: the first text
    /// emitted for the item carries its number, later text becomes paragraphs.</summary>
    public HtmlBlockContext? ListOwner { get; }

    public CollapsedText Text { get; } = new();

    public bool HasEmitted { get; set; }
}
