using System.Text.Json;
using Microsoft.Data.Sqlite;
using TranscriptMiner.Core.Model;

namespace TranscriptMiner.Core.Catalog;

/// <summary>Writes segments with one prepared insert and reads them back as <see cref="CitedSegment"/>s.</summary>
internal static class SegmentRows
{
    /// <summary>The columns <see cref="Read"/> expects, in order (the last is the source path).</summary>
    public const string SelectColumns = """
        s.id, s.document_id, s.version_id, s.ordinal, s.kind, s.start_offset, s.end_offset, s.page_start, s.page_end,
        s.heading_path_json, s.agenda_number, s.agenda_title, s.speaker, s.cue_start_ms, s.cue_end_ms, s.text,
        d.title, d.kind, d.organisation, d.committee, d.meeting_date, d.content_hash
        """;

    private const string InsertSql = """
        INSERT INTO segments (version_id, document_id, ordinal, kind, start_offset, end_offset, page_start, page_end,
            heading_path_json, agenda_number, agenda_title, speaker, cue_start_ms, cue_end_ms, text)
        VALUES ($version, $document, $ordinal, $kind, $start, $end, $pageStart, $pageEnd,
            $headings, $agendaNumber, $agendaTitle, $speaker, $cueStart, $cueEnd, $text)
        RETURNING id;
        """;

    /// <summary>Inserts segments with one prepared command and returns their ids, in order.</summary>
    public static long[] Insert(SqliteConnection connection, SqliteTransaction transaction, long documentId, long versionId, IReadOnlyList<Segment> segments)
    {
        var ids = new long[segments.Count];
        if (segments.Count == 0)
        {
            return ids;
        }

        using var command = connection.Command(InsertSql, transaction, ("$version", versionId), ("$document", documentId));
        var ordinal = command.Parameters.Add("$ordinal", SqliteType.Integer);
        var kind = command.Parameters.Add("$kind", SqliteType.Text);
        var start = command.Parameters.Add("$start", SqliteType.Integer);
        var end = command.Parameters.Add("$end", SqliteType.Integer);
        var pageStart = command.Parameters.Add("$pageStart", SqliteType.Integer);
        var pageEnd = command.Parameters.Add("$pageEnd", SqliteType.Integer);
        var headings = command.Parameters.Add("$headings", SqliteType.Text);
        var agendaNumber = command.Parameters.Add("$agendaNumber", SqliteType.Text);
        var agendaTitle = command.Parameters.Add("$agendaTitle", SqliteType.Text);
        var speaker = command.Parameters.Add("$speaker", SqliteType.Text);
        var cueStart = command.Parameters.Add("$cueStart", SqliteType.Integer);
        var cueEnd = command.Parameters.Add("$cueEnd", SqliteType.Integer);
        var text = command.Parameters.Add("$text", SqliteType.Text);
        command.Prepare();
        for (var i = 0; i < segments.Count; i++)
        {
            var segment = segments[i];
            ordinal.Value = segment.Ordinal;
            kind.Value = segment.Kind.ToString();
            start.Value = segment.Start;
            end.Value = segment.End;
            pageStart.Value = segment.PageStart;
            pageEnd.Value = segment.PageEnd;
            headings.Value = JsonSerializer.Serialize(segment.HeadingPath, CatalogJson.Options);
            agendaNumber.Value = (object?)segment.AgendaItemNumber ?? DBNull.Value;
            agendaTitle.Value = (object?)segment.AgendaItemTitle ?? DBNull.Value;
            speaker.Value = (object?)segment.Speaker ?? DBNull.Value;
            cueStart.Value = segment.CueStart is { } cs ? (long)cs.TotalMilliseconds : DBNull.Value;
            cueEnd.Value = segment.CueEnd is { } ce ? (long)ce.TotalMilliseconds : DBNull.Value;
            text.Value = segment.Text;
            ids[i] = (long)command.ExecuteScalar()!;
        }

        return ids;
    }

    /// <summary>Reads one row selected with <see cref="SelectColumns"/> followed by a source-path column.</summary>
    public static CitedSegment Read(SqliteDataReader reader)
    {
        var segment = new Segment
        {
            Ordinal = reader.GetInt32(3),
            Kind = Enum.Parse<SegmentKind>(reader.GetString(4)),
            Start = reader.GetInt32(5),
            End = reader.GetInt32(6),
            PageStart = reader.GetInt32(7),
            PageEnd = reader.GetInt32(8),
            HeadingPath = JsonSerializer.Deserialize<string[]>(reader.GetString(9), CatalogJson.Options) ?? [],
            AgendaItemNumber = reader.GetNullableString(10),
            AgendaItemTitle = reader.GetNullableString(11),
            Speaker = reader.GetNullableString(12),
            CueStart = reader.GetNullableInt64(13) is { } cs ? TimeSpan.FromMilliseconds(cs) : null,
            CueEnd = reader.GetNullableInt64(14) is { } ce ? TimeSpan.FromMilliseconds(ce) : null,
            Text = reader.GetString(15),
        };
        return new CitedSegment
        {
            SegmentId = reader.GetInt64(0),
            DocumentId = reader.GetInt64(1),
            VersionId = reader.GetInt64(2),
            Segment = segment,
            DocumentTitle = reader.GetNullableString(16),
            DocumentKind = Enum.Parse<DocumentKind>(reader.GetString(17)),
            Organisation = reader.GetNullableString(18),
            Committee = reader.GetNullableString(19),
            MeetingDate = reader.GetNullableString(20) is { } date ? CatalogTime.ParseDate(date) : null,
            ContentHash = reader.GetString(21),
            SourcePath = reader.GetNullableString(22) ?? string.Empty,
        };
    }
}
