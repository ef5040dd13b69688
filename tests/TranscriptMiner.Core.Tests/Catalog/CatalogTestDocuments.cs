using TranscriptMiner.Abstractions;
using TranscriptMiner.Core.Catalog;
using TranscriptMiner.Core.Model;
using TranscriptMiner.Core.Processing;

namespace TranscriptMiner.Core.Tests.Catalog;

/// <summary>Builds processed documents by hand for catalog tests.</summary>
internal static class CatalogTestDocuments
{
    public static FileStamp Stamp(long size = 100, int minute = 0) =>
        new(size, new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc).AddMinutes(minute).AddTicks(1234567));

    /// <summary>A set of minutes whose segments are the given paragraphs, separated by blank lines.</summary>
    public static ProcessedDocument Minutes(string path, params string[] paragraphs)
    {
        var segments = new List<Segment>();
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < paragraphs.Length; i++)
        {
            if (i > 0)
            {
                text.Append("\n\n");
            }

            var start = text.Length;
            text.Append(paragraphs[i]);
            segments.Add(new Segment
            {
                Ordinal = i,
                Kind = i == 0 ? SegmentKind.Preamble : SegmentKind.AgendaItem,
                Text = paragraphs[i],
                Start = start,
                End = text.Length,
                PageStart = i + 1,
                PageEnd = i + 2,
                HeadingPath = i == 0 ? [] : ["Part A", $"Item {i}"],
                AgendaItemNumber = i == 0 ? null : $"{i}.1",
                AgendaItemTitle = i == 0 ? null : "Antibiotic prescribing",
            });
        }

        return Build(path, text.ToString(), segments, new DocumentMetadata
        {
            Kind = DocumentKind.Minutes,
            Title = "Primary Care Commissioning Committee minutes",
            Organisation = "NHS Norchester CCG",
            Committee = "Primary Care Commissioning Committee",
            MeetingDate = new DateOnly(2022, 3, 14),
            Present = [new Participant("Dr Jane Okafor", "Chair")],
        });
    }

    /// <summary>A transcript with one speaker turn carrying cue times.</summary>
    public static ProcessedDocument Transcript(string path, string text) => Build(
        path,
        text,
        [
            new Segment
            {
                Ordinal = 0,
                Kind = SegmentKind.SpeakerTurn,
                Text = text,
                Start = 0,
                End = text.Length,
                Speaker = "P12",
                CueStart = TimeSpan.FromMilliseconds(61_250),
                CueEnd = TimeSpan.FromMilliseconds(75_500),
            },
        ],
        new DocumentMetadata { Kind = DocumentKind.Transcript, Title = "Interview 12" });

    public static ProcessedDocument Build(string path, string text, IReadOnlyList<Segment> segments, DocumentMetadata metadata) => new()
    {
        SourcePath = path,
        MediaType = MediaTypeNames.PlainText,
        PluginId = "text",
        ExtractorName = "TextExtractor",
        Length = text.Length,
        ContentHash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text))),
        Properties = DocumentProperties.Empty,
        Metadata = metadata,
        PlainText = text,
        Segments = segments,
        Warnings = [],
    };

    public static string Hash(char c) => new(c, 64);
}
