using DocumentFormat.OpenXml;

namespace TranscriptMiner.Plugins.Docx;

/// <summary>One paragraph read and classified: its text, heading level, list number and style.</summary>
/// <param name="Text">The composed text (without the list number).</param>
/// <param name="HeadingLevel">The heading level 1-9, or 0 for body text.</param>
/// <param name="ListNumber">The visible list number or bullet, or null when the paragraph is not numbered.</param>
/// <param name="ListLevel">The list level (ilvl), 0 for the outermost.</param>
/// <param name="StyleName">The paragraph style's display name, if any.</param>
internal sealed record ParagraphContent(ComposedText Text, int HeadingLevel, string? ListNumber, int ListLevel, string? StyleName)
{
    /// <summary>Gets the contents (w:txbxContent) of text boxes anchored in the paragraph, read after it.</summary>
    internal IReadOnlyList<OpenXmlElement> TextBoxes { get; init; } = [];

    /// <summary>Gets the text with the visible list number in front, as it reads on the page.</summary>
    internal string TextWithNumber =>
        string.IsNullOrEmpty(ListNumber) ? Text.Text : string.IsNullOrEmpty(Text.Text) ? ListNumber : ListNumber + " " + Text.Text;
}
