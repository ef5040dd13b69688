namespace TranscriptMiner.Abstractions;

/// <summary>The kind of an <see cref="ExtractedBlock"/>.</summary>
public enum BlockKind
{
    /// <summary>A heading; <see cref="ExtractedBlock.HeadingLevel"/> gives its level (1 is the top).</summary>
    Heading,

    /// <summary>A paragraph of running text.</summary>
    Paragraph,

    /// <summary>An item of a numbered or bulleted list; <see cref="ExtractedBlock.ListNumber"/> gives its visible number.</summary>
    ListItem,

    /// <summary>One row of a table; <see cref="ExtractedBlock.Cells"/> holds its cells in order.</summary>
    TableRow,

    /// <summary>A caption cue or timestamped line, with <see cref="ExtractedBlock.Start"/>, <see cref="ExtractedBlock.End"/> and <see cref="ExtractedBlock.Voice"/>.</summary>
    CaptionCue,

    /// <summary>The boundary between two pages; carries no text.</summary>
    PageBreak,
}
