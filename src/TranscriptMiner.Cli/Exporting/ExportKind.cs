namespace TranscriptMiner.Cli.Exporting;

/// <summary>What an export writes (<c>transcriptminer export</c> and the workbench's downloads).</summary>
internal enum ExportKind
{
    /// <summary>One row per segment and code (CSV).</summary>
    Csv,

    /// <summary>A code x document matrix of segment counts (CSV).</summary>
    Matrix,

    /// <summary>A REFI-QDA project (.qdpx).</summary>
    Qdpx,

    /// <summary>Quotes grouped by code, as Markdown.</summary>
    QuotesMarkdown,

    /// <summary>Quotes grouped by code, as a Word document.</summary>
    QuotesDocx,
}
