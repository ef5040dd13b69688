namespace TranscriptMiner.Plugins.Docx;

/// <summary>A paragraph's text after whitespace is collapsed, with what its runs said about formatting.</summary>
/// <param name="Text">The visible text on one line, trimmed.</param>
/// <param name="AllBold">Whether every visible character is bold.</param>
/// <param name="AllItalic">Whether every visible character is italic.</param>
/// <param name="FontSizeHalfPoints">The font size covering the most characters, in half-points, if known.</param>
/// <param name="BoldPrefixLength">The length of a bold start followed by non-bold text, or 0.</param>
internal sealed record ComposedText(string Text, bool AllBold, bool AllItalic, int? FontSizeHalfPoints, int BoldPrefixLength)
{
    /// <summary>Gets composed text with nothing in it.</summary>
    internal static ComposedText Empty { get; } = new(string.Empty, false, false, null, 0);
}
