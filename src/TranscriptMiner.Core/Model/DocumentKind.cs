namespace TranscriptMiner.Core.Model;

/// <summary>What sort of document a source is; decides how it is segmented.</summary>
public enum DocumentKind
{
    /// <summary>Anything else: reports, web pages, notes.</summary>
    Other,

    /// <summary>Minutes of a meeting: attendance, numbered agenda items, resolutions, action log.</summary>
    Minutes,

    /// <summary>A board or committee paper: cover sheet, sections, tables, appendices.</summary>
    BoardPaper,

    /// <summary>An interview or meeting transcript: speaker turns, often with times.</summary>
    Transcript,
}
