using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using TranscriptMiner.Core.Model;
using TranscriptMiner.Core.Processing;

namespace TranscriptMiner.Cli.Output;

/// <summary>Writes processed documents as JSON (camelCase, enums as names, times as <c>hh:mm:ss.fff</c>).</summary>
internal static class DocumentJsonWriter
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    public static void Write(IReadOnlyList<ProcessedDocument> documents, TextWriter writer, bool single)
    {
        object payload = single && documents.Count == 1 ? ToJson(documents[0]) : documents.Select(ToJson).ToList();
        writer.WriteLine(JsonSerializer.Serialize(payload, Options));
    }

    private static object ToJson(ProcessedDocument document) => new
    {
        source = document.SourcePath,
        mediaType = document.MediaType,
        plugin = document.PluginId,
        extractor = document.ExtractorName,
        length = document.Length,
        pageCount = document.PageCount,
        properties = new
        {
            document.Properties.Title,
            document.Properties.Author,
            document.Properties.Created,
            document.Properties.Modified,
            document.Properties.Subject,
            document.Properties.Language,
        },
        metadata = new
        {
            document.Metadata.Kind,
            document.Metadata.Title,
            document.Metadata.Organisation,
            document.Metadata.Committee,
            meetingDate = document.Metadata.MeetingDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            document.Metadata.Author,
            document.Metadata.Present,
            document.Metadata.InAttendance,
            document.Metadata.Apologies,
            document.Metadata.OverriddenFields,
        },
        warnings = document.Warnings,
        segments = document.Segments.Select(ToJson),
        plainTextLength = document.PlainText.Length,
    };

    private static object ToJson(Segment segment) => new
    {
        segment.Ordinal,
        segment.Kind,
        segment.Start,
        segment.End,
        segment.PageStart,
        segment.PageEnd,
        segment.HeadingPath,
        segment.AgendaItemNumber,
        segment.AgendaItemTitle,
        segment.Speaker,
        cueStart = segment.CueStart is { } start ? DocumentTextWriter.FormatTime(start) : null,
        cueEnd = segment.CueEnd is { } end ? DocumentTextWriter.FormatTime(end) : null,
        segment.Text,
    };
}
