namespace TranscriptMiner.Cli.Web.Review;

/// <summary>A segment as the review shows it (the one under review, or a neighbour shown as context).</summary>
internal sealed record ReviewSegmentDto
{
    /// <summary>Gets the segment's id.</summary>
    public required long Id { get; init; }

    /// <summary>Gets the document's id (for the link to the document view).</summary>
    public required long DocumentId { get; init; }

    /// <summary>Gets the document's title (its file name when it has none).</summary>
    public required string DocumentTitle { get; init; }

    /// <summary>Gets the segment's text.</summary>
    public required string Text { get; init; }

    /// <summary>Gets the citation, as search hits and exports format it.</summary>
    public required string Citation { get; init; }

    /// <summary>Gets the speaker, if any.</summary>
    public string? Speaker { get; init; }

    /// <summary>Gets the agenda item (number and title), if any.</summary>
    public string? AgendaItem { get; init; }

    /// <summary>Gets the first page (0 when unknown).</summary>
    public int PageStart { get; init; }

    /// <summary>Gets the last page (0 when unknown).</summary>
    public int PageEnd { get; init; }

    /// <summary>Gets the text split into runs, each evidence of some candidate or not (only on the segment under review).</summary>
    public IReadOnlyList<ReviewTextPart>? Parts { get; init; }
}
