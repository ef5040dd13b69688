using TranscriptMiner.Core.Model;

namespace TranscriptMiner.Core.Tests.Indexing;

/// <summary>Hand-built segments and a temporary index directory for index and search tests.</summary>
internal static class IndexTestData
{
    public static string TempDirectory()
    {
        var path = Path.Combine(Path.GetTempPath(), "tm-index-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }

    public static CitedSegment Segment(
        long segmentId,
        long documentId,
        string text,
        DocumentKind kind = DocumentKind.Minutes,
        string? organisation = "NHS North ICB",
        string? committee = "Quality Committee",
        DateOnly? date = null,
        string? speaker = null,
        string? agendaNumber = null,
        string? agendaTitle = null,
        int page = 1,
        TimeSpan? cue = null,
        string? title = null) => new()
        {
            SegmentId = segmentId,
            DocumentId = documentId,
            VersionId = documentId * 10,
            DocumentTitle = title ?? $"Document {documentId}",
            SourcePath = $"/corpus/doc{documentId}.pdf",
            DocumentKind = kind,
            Organisation = organisation,
            Committee = committee,
            MeetingDate = date,
            ContentHash = "hash" + documentId,
            Segment = new Segment
            {
                Ordinal = (int)(segmentId % 100),
                Kind = speaker is null ? SegmentKind.AgendaItem : SegmentKind.SpeakerTurn,
                Text = text,
                Start = 0,
                End = text.Length,
                PageStart = page,
                PageEnd = page + 1,
                HeadingPath = ["Minutes", agendaTitle ?? "Item"],
                AgendaItemNumber = agendaNumber,
                AgendaItemTitle = agendaTitle,
                Speaker = speaker,
                CueStart = cue,
                CueEnd = cue is { } c ? c + TimeSpan.FromSeconds(5) : null,
            },
        };

    public static IReadOnlyList<CitedSegment> Corpus() =>
    [
        Segment(1, 1, "The committee discussed GP prescribing costs and data quality at the trust.", date: new DateOnly(2022, 3, 1), agendaNumber: "4.2", agendaTitle: "Prescribing"),
        Segment(2, 1, "Waiting times in A&E rose sharply over the winter; the 111 service was busy.", date: new DateOnly(2022, 3, 1), agendaNumber: "5", agendaTitle: "Urgent care"),
        Segment(3, 2, "The emergency department reported record attendances in December.", organisation: "NHS South ICB", committee: "Board", date: new DateOnly(2023, 1, 10), kind: DocumentKind.BoardPaper),
        Segment(4, 2, "A general practitioner described how antibiotics were prescribed last year.", organisation: "NHS South ICB", committee: "Board", date: new DateOnly(2023, 1, 10), kind: DocumentKind.BoardPaper),
        Segment(5, 3, "Well, I think data quality is the real problem for the trust board.", kind: DocumentKind.Transcript, organisation: null, committee: null, speaker: "Dr Jane Smith", date: new DateOnly(2024, 6, 5), cue: TimeSpan.FromSeconds(83)),
        Segment(6, 3, "Financial recovery plans were approved without discussion.", kind: DocumentKind.Transcript, organisation: null, committee: null, speaker: "Bob Jones", date: new DateOnly(2024, 6, 5), cue: TimeSpan.FromSeconds(120)),
        Segment(7, 4, "Reference PCCC/22/045 was noted. The PCN workload and QOF targets were reviewed.", date: new DateOnly(2021, 11, 30)),
    ];
}
