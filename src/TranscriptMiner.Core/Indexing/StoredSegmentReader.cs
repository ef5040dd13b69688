using System.Globalization;
using Lucene.Net.Documents;
using TranscriptMiner.Core.Model;
using F = TranscriptMiner.Core.Indexing.SegmentFieldNames;

namespace TranscriptMiner.Core.Indexing;

/// <summary>Reads a stored segment document back into a <see cref="CitedSegment"/>.</summary>
internal static class StoredSegmentReader
{
    public static CitedSegment Read(Document document)
    {
        var cueStart = Int64(document, F.CueStartMs);
        var cueEnd = Int64(document, F.CueEndMs);
        var headings = Text(document, F.HeadingPath);
        var segment = new Segment
        {
            Ordinal = Int32(document, F.Ordinal),
            Kind = Enum.TryParse<SegmentKind>(document.Get(F.Kind), ignoreCase: true, out var kind) ? kind : SegmentKind.Paragraph,
            Text = document.Get(F.Text) ?? string.Empty,
            Start = Int32(document, F.StartOffset),
            End = Int32(document, F.EndOffset),
            PageStart = Int32(document, F.PageStart),
            PageEnd = Int32(document, F.PageEnd),
            HeadingPath = headings is null ? [] : headings.Split(SegmentDocumentBuilder.HeadingSeparator),
            AgendaItemNumber = Text(document, F.AgendaNumber),
            AgendaItemTitle = Text(document, F.AgendaTitle),
            Speaker = Text(document, F.Speaker),
            CueStart = cueStart >= 0 ? TimeSpan.FromMilliseconds(cueStart) : null,
            CueEnd = cueEnd >= 0 ? TimeSpan.FromMilliseconds(cueEnd) : null,
        };
        return new CitedSegment
        {
            SegmentId = long.Parse(document.Get(F.SegmentId), CultureInfo.InvariantCulture),
            DocumentId = long.Parse(document.Get(F.DocumentId), CultureInfo.InvariantCulture),
            VersionId = Int64(document, F.VersionId),
            Segment = segment,
            DocumentTitle = Text(document, F.Title),
            SourcePath = document.Get(F.SourcePath) ?? string.Empty,
            DocumentKind = Enum.TryParse<DocumentKind>(document.Get(F.DocumentKind), ignoreCase: true, out var documentKind) ? documentKind : DocumentKind.Other,
            Organisation = Text(document, F.Organisation),
            Committee = Text(document, F.Committee),
            MeetingDate = SegmentDocumentBuilder.DecodeDate(Int32(document, F.MeetingDate)),
            ContentHash = document.Get(F.ContentHash) ?? string.Empty,
        };
    }

    private static string? Text(Document document, string name)
    {
        var value = document.Get(name);
        return string.IsNullOrEmpty(value) ? null : value;
    }

    private static int Int32(Document document, string name) =>
        document.GetField(name)?.GetInt32Value() ?? 0;

    private static long Int64(Document document, string name) =>
        document.GetField(name)?.GetInt64Value() ?? 0;
}
