namespace TranscriptMiner.Abstractions;

/// <summary>One unit of a document in reading order: a heading, paragraph, list item, table row, caption cue or page break.</summary>
/// <remarks>
/// <para>Create blocks with the static factory methods; they set <see cref="Kind"/> and the members that kind uses.</para>
/// <para><see cref="Text"/> is the block's visible text on one logical line: extractors join wrapped lines with a space,
/// rejoin words hyphenated at line ends, and leave out markup. For a list item the visible number is in
/// <see cref="ListNumber"/> and not repeated in <see cref="Text"/>; for a table row <see cref="Text"/> is the cells joined by
/// <c>" | "</c>.</para>
/// <para><see cref="Page"/> is 1-based; 0 means the format has no pages (captions, HTML, plain text).</para>
/// </remarks>
public sealed record ExtractedBlock
{
    private ExtractedBlock(BlockKind kind, string text, int page)
    {
        Kind = kind;
        Text = text;
        Page = page;
    }

    /// <summary>Gets the kind of block.</summary>
    public BlockKind Kind { get; }

    /// <summary>Gets the block's visible text (empty for a page break).</summary>
    public string Text { get; }

    /// <summary>Gets the 1-based page the block starts on, or 0 when the format has no pages.</summary>
    public int Page { get; }

    /// <summary>Gets the heading level (1 is the top) for a <see cref="BlockKind.Heading"/>; otherwise 0.</summary>
    public int HeadingLevel { get; init; }

    /// <summary>Gets the visible number or bullet of a <see cref="BlockKind.ListItem"/>, such as <c>4.2</c>, <c>(a)</c> or <c>•</c>.</summary>
    public string? ListNumber { get; init; }

    /// <summary>Gets the nesting level of a <see cref="BlockKind.ListItem"/>, 0 for the outermost list.</summary>
    public int ListLevel { get; init; }

    /// <summary>Gets the cells of a <see cref="BlockKind.TableRow"/>, in order; empty for other kinds.</summary>
    public IReadOnlyList<string> Cells { get; init; } = [];

    /// <summary>Gets whether a <see cref="BlockKind.TableRow"/> is a header row.</summary>
    public bool IsHeaderRow { get; init; }

    /// <summary>Gets the start time of a <see cref="BlockKind.CaptionCue"/>.</summary>
    public TimeSpan? Start { get; init; }

    /// <summary>Gets the end time of a <see cref="BlockKind.CaptionCue"/>, if the source gives one.</summary>
    public TimeSpan? End { get; init; }

    /// <summary>Gets the speaker of a <see cref="BlockKind.CaptionCue"/> (a WebVTT voice or a "Name:" label), if known.</summary>
    public string? Voice { get; init; }

    /// <summary>Gets what the source said about the block's appearance, if anything.</summary>
    public StyleHints? Style { get; init; }

    /// <summary>Gets whether the block is a footnote or endnote rather than body text.</summary>
    public bool IsNote { get; init; }

    /// <summary>Creates a heading.</summary>
    /// <param name="text">The heading's text.</param>
    /// <param name="level">The level, 1 for the top.</param>
    /// <param name="page">The 1-based page, or 0 when the format has no pages.</param>
    /// <returns>The block.</returns>
    public static ExtractedBlock Heading(string text, int level, int page = 0) =>
        new(BlockKind.Heading, text, page) { HeadingLevel = Math.Max(1, level) };

    /// <summary>Creates a paragraph.</summary>
    /// <param name="text">The paragraph's text.</param>
    /// <param name="page">The 1-based page, or 0 when the format has no pages.</param>
    /// <returns>The block.</returns>
    public static ExtractedBlock Paragraph(string text, int page = 0) => new(BlockKind.Paragraph, text, page);

    /// <summary>Creates a list item.</summary>
    /// <param name="text">The item's text, without its number.</param>
    /// <param name="listNumber">The visible number or bullet, such as <c>4.2</c>.</param>
    /// <param name="level">The nesting level, 0 for the outermost list.</param>
    /// <param name="page">The 1-based page, or 0 when the format has no pages.</param>
    /// <returns>The block.</returns>
    public static ExtractedBlock ListItem(string text, string? listNumber, int level = 0, int page = 0) =>
        new(BlockKind.ListItem, text, page) { ListNumber = listNumber, ListLevel = level };

    /// <summary>Creates a table row.</summary>
    /// <param name="cells">The row's cells in order.</param>
    /// <param name="page">The 1-based page, or 0 when the format has no pages.</param>
    /// <param name="isHeader">Whether the row is a header row.</param>
    /// <returns>The block.</returns>
    public static ExtractedBlock TableRow(IReadOnlyList<string> cells, int page = 0, bool isHeader = false)
    {
        ArgumentNullException.ThrowIfNull(cells);
        return new(BlockKind.TableRow, string.Join(" | ", cells), page) { Cells = cells, IsHeaderRow = isHeader };
    }

    /// <summary>Creates a caption cue or timestamped line.</summary>
    /// <param name="text">The spoken text, markup stripped.</param>
    /// <param name="start">When the cue starts.</param>
    /// <param name="end">When the cue ends, if known.</param>
    /// <param name="voice">The speaker, if known.</param>
    /// <returns>The block.</returns>
    public static ExtractedBlock CaptionCue(string text, TimeSpan start, TimeSpan? end, string? voice) =>
        new(BlockKind.CaptionCue, text, 0) { Start = start, End = end, Voice = voice };

    /// <summary>Creates a page break: the next block starts on page <paramref name="nextPage"/>.</summary>
    /// <param name="nextPage">The 1-based page that follows the break.</param>
    /// <returns>The block.</returns>
    public static ExtractedBlock PageBreak(int nextPage) => new(BlockKind.PageBreak, string.Empty, nextPage);
}
