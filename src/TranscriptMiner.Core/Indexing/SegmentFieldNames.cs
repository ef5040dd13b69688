namespace TranscriptMiner.Core.Indexing;

/// <summary>
/// The names of the fields each indexed segment carries. Field names can be used in queries
/// (<c>organisation:"nhs example icb"</c>, <c>text_exact:prescribed</c>); keyword fields are matched case-insensitively.
/// </summary>
public static class SegmentFieldNames
{
    /// <summary>The catalog segment id (keyword, stored; numeric doc values for consistency checks).</summary>
    public const string SegmentId = "segment_id";

    /// <summary>The catalog document id (keyword, stored; used to delete a document's segments).</summary>
    public const string DocumentId = "document_id";

    /// <summary>The catalog version id (stored).</summary>
    public const string VersionId = "version_id";

    /// <summary>The segment's position in its document (stored).</summary>
    public const string Ordinal = "ordinal";

    /// <summary>The segment text, English analysis (stemmed, stop words removed), stored for snippets.</summary>
    public const string Text = "text";

    /// <summary>The segment text, exact analysis (lower case only, no stemming, no stop words); not stored.</summary>
    public const string TextExact = "text_exact";

    /// <summary>The segment kind (keyword, lower case, e.g. <c>agendaitem</c>).</summary>
    public const string Kind = "kind";

    /// <summary>The document kind (keyword, lower case, e.g. <c>minutes</c>; facet).</summary>
    public const string DocumentKind = "doc_kind";

    /// <summary>The organisation (keyword, lower case for matching, original in stored value and facet).</summary>
    public const string Organisation = "organisation";

    /// <summary>The committee (keyword, lower case for matching).</summary>
    public const string Committee = "committee";

    /// <summary>The meeting date as an integer yyyymmdd (numeric range, sortable; 0 when unknown).</summary>
    public const string MeetingDate = "meeting_date";

    /// <summary>The meeting year (keyword for <c>year:2023</c>; numeric doc values for the facet).</summary>
    public const string Year = "year";

    /// <summary>The speaker (keyword, lower case for matching; facet).</summary>
    public const string Speaker = "speaker";

    /// <summary>The agenda item number (keyword, lower case).</summary>
    public const string AgendaNumber = "agenda_number";

    /// <summary>The agenda item title (English analysis, stored).</summary>
    public const string AgendaTitle = "agenda_title";

    /// <summary>The first page (stored).</summary>
    public const string PageStart = "page_start";

    /// <summary>The last page (stored).</summary>
    public const string PageEnd = "page_end";

    /// <summary>The heading path (English analysis, stored; headings joined by U+001F).</summary>
    public const string HeadingPath = "heading_path";

    /// <summary>The caption cue start in milliseconds (stored; -1 when none).</summary>
    public const string CueStartMs = "cue_start_ms";

    /// <summary>The caption cue end in milliseconds (stored; -1 when none).</summary>
    public const string CueEndMs = "cue_end_ms";

    /// <summary>The start offset of the segment in the document's plain text (stored).</summary>
    public const string StartOffset = "start";

    /// <summary>The end offset of the segment in the document's plain text (stored).</summary>
    public const string EndOffset = "end";

    /// <summary>The source file path (stored).</summary>
    public const string SourcePath = "source_path";

    /// <summary>The document title (English analysis, stored).</summary>
    public const string Title = "title";

    /// <summary>The SHA-256 content hash of the document version (stored).</summary>
    public const string ContentHash = "content_hash";
}
