using System.Globalization;
using System.Text;
using TranscriptMiner.Core.Model;
using TranscriptMiner.Core.Processing;

namespace TranscriptMiner.Cli.Output;

/// <summary>Writes a processed document for people: a metadata header, then one entry per segment with its provenance.</summary>
internal static class DocumentTextWriter
{
    private const int PreviewLength = 220;

    public static void Write(ProcessedDocument document, TextWriter writer, bool fullText)
    {
        var metadata = document.Metadata;
        writer.WriteLine($"== {document.SourcePath}");
        writer.WriteLine($"   {metadata.Kind} | {metadata.Organisation ?? "(organisation unknown)"} | {metadata.Committee ?? "(committee unknown)"} | {FormatDate(metadata.MeetingDate)}");
        writer.WriteLine($"   title: {metadata.Title ?? "(none)"}");
        writer.WriteLine($"   {document.MediaType} via {document.PluginId}/{document.ExtractorName}; {document.PageCount} pages; {document.Segments.Count} segments; {document.PlainText.Length} characters");
        WritePeople(writer, "present", metadata.Present);
        WritePeople(writer, "in attendance", metadata.InAttendance);
        WritePeople(writer, "apologies", metadata.Apologies);
        if (metadata.OverriddenFields.Count > 0)
        {
            writer.WriteLine($"   from sidecar: {string.Join(", ", metadata.OverriddenFields)}");
        }

        foreach (var warning in document.Warnings)
        {
            writer.WriteLine($"   warning: {warning.Code}{(warning.Page > 0 ? $" (page {warning.Page})" : string.Empty)}: {warning.Message}");
        }

        foreach (var segment in document.Segments)
        {
            writer.WriteLine($"  [{segment.Ordinal}] {Describe(segment)}");
            writer.WriteLine($"      {Preview(segment.Text, fullText)}");
        }

        writer.WriteLine();
    }

    public static string Describe(Segment segment)
    {
        var parts = new List<string> { segment.Kind.ToString() };
        if (segment.AgendaItemNumber is not null)
        {
            parts.Add($"item {segment.AgendaItemNumber}{(segment.AgendaItemTitle is null ? string.Empty : $" \"{segment.AgendaItemTitle}\"")}");
        }

        if (segment.Speaker is not null)
        {
            parts.Add($"speaker {segment.Speaker}");
        }

        if (segment.CueStart is { } start)
        {
            parts.Add($"at {FormatTime(start)}{(segment.CueEnd is { } end ? $"-{FormatTime(end)}" : string.Empty)}");
        }

        if (segment.PageStart > 0)
        {
            parts.Add(segment.PageEnd > segment.PageStart ? $"pp {segment.PageStart}-{segment.PageEnd}" : $"p {segment.PageStart}");
        }

        if (segment.HeadingPath.Count > 0)
        {
            parts.Add($"under {string.Join(" > ", segment.HeadingPath)}");
        }

        parts.Add($"[{segment.Start},{segment.End})");
        return string.Join(" | ", parts);
    }

    public static string FormatTime(TimeSpan time) => time.ToString(@"hh\:mm\:ss\.fff", CultureInfo.InvariantCulture);

    private static string FormatDate(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "(date unknown)";

    private static void WritePeople(TextWriter writer, string label, IReadOnlyList<Participant> people)
    {
        if (people.Count > 0)
        {
            writer.WriteLine($"   {label}: {string.Join("; ", people.Select(p => p.Role is null ? p.Name : $"{p.Name} ({p.Role})"))}");
        }
    }

    private static string Preview(string text, bool fullText)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var character in text)
        {
            builder.Append(char.IsWhiteSpace(character) ? ' ' : character);
        }

        var flat = builder.ToString();
        return fullText || flat.Length <= PreviewLength ? flat : string.Concat(flat.AsSpan(0, PreviewLength), "…");
    }
}
