namespace TranscriptMiner.Cli.Web.Documents;

/// <summary>The answer of <c>GET /api/documents/{id}</c>: the document and its segments in order.</summary>
/// <param name="Document">The metadata.</param>
/// <param name="Segments">The segments of the current version, in order, with their coding.</param>
internal sealed record DocumentView(DocumentInfo Document, IReadOnlyList<SegmentView> Segments);
