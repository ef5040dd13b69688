using TranscriptMiner.Cli.Web.Documents;
using TranscriptMiner.Core.Model;

namespace TranscriptMiner.Cli.Web.Search;

/// <summary>One hit of <c>GET /api/search</c>.</summary>
/// <param name="SegmentId">The segment's catalog id.</param>
/// <param name="DocumentId">The document's catalog id.</param>
/// <param name="Score">The relevance score.</param>
/// <param name="Title">The document's title (its file name when it has none).</param>
/// <param name="Citation">The citation, as <see cref="Core.Model.Citation.Format"/> writes it.</param>
/// <param name="Snippet">The keyword-in-context snippet, split into matched and unmatched runs.</param>
/// <param name="Kind">The document's kind.</param>
/// <param name="Organisation">The organisation, if known.</param>
/// <param name="Committee">The committee or meeting, if known.</param>
/// <param name="Date">The meeting date, if known.</param>
/// <param name="Speaker">The speaker of a turn.</param>
/// <param name="AgendaItem">The agenda item (number and title), if any.</param>
/// <param name="PageStart">The first page (0 when unpaged).</param>
/// <param name="PageEnd">The last page (0 when unpaged).</param>
/// <param name="Confirmed">Codes confirmed on the segment.</param>
internal sealed record SearchHitView(
    long SegmentId,
    long DocumentId,
    float Score,
    string Title,
    string Citation,
    IReadOnlyList<SnippetPart> Snippet,
    DocumentKind Kind,
    string? Organisation,
    string? Committee,
    DateOnly? Date,
    string? Speaker,
    string? AgendaItem,
    int PageStart,
    int PageEnd,
    IReadOnlyList<CodeMark> Confirmed);
