using TranscriptMiner.Core.Catalog;
using TranscriptMiner.Core.Model;

namespace TranscriptMiner.Cli.Web.Documents;

/// <summary>A document's metadata as the workbench shows it.</summary>
/// <param name="Id">The catalog id.</param>
/// <param name="Title">The title (the file name when the document has none).</param>
/// <param name="FileName">The file's name.</param>
/// <param name="SourcePath">The path it was ingested from.</param>
/// <param name="Kind">Minutes, board paper, transcript or other.</param>
/// <param name="Organisation">The organisation, if known.</param>
/// <param name="Committee">The committee or meeting, if known.</param>
/// <param name="Date">The meeting date, if known.</param>
/// <param name="PageCount">The number of pages (0 for unpaged formats).</param>
/// <param name="SegmentCount">The number of segments.</param>
internal sealed record DocumentInfo(
    long Id,
    string Title,
    string FileName,
    string SourcePath,
    DocumentKind Kind,
    string? Organisation,
    string? Committee,
    DateOnly? Date,
    int PageCount,
    int SegmentCount)
{
    /// <summary>Builds the view of a catalog document.</summary>
    /// <param name="summary">The catalog's summary.</param>
    /// <returns>The view.</returns>
    public static DocumentInfo From(DocumentSummary summary)
    {
        var fileName = Path.GetFileName(summary.SourcePath);
        return new DocumentInfo(
            summary.Id,
            string.IsNullOrWhiteSpace(summary.Title) ? fileName : summary.Title,
            fileName,
            summary.SourcePath,
            summary.Kind,
            summary.Organisation,
            summary.Committee,
            summary.MeetingDate,
            summary.PageCount,
            summary.SegmentCount);
    }
}
