using System.Globalization;
using System.Text;
using TranscriptMiner.Core.Model;

namespace TranscriptMiner.Benchmarks;

/// <summary>
/// A seeded generator of minutes-like segments and documents: fictional NHS organisations, committees, speakers,
/// meeting dates 2015–2024, agenda item numbers, 60–120 Zipf-distributed words a segment with recurring theme phrases
/// ("data quality", "waiting times" ...). The same seed always gives the same corpus.
/// </summary>
internal sealed class MinutesCorpusGenerator
{
    public static readonly string[] ThemePhrases =
    [
        "data quality", "waiting times", "patient safety", "primary care", "mental health", "urgent care",
        "discharge planning", "financial recovery", "elective recovery", "health inequalities", "serious incidents",
        "antibiotic prescribing", "continuing healthcare", "winter pressures", "ambulance handover",
        "risk register", "workforce plan", "estates strategy", "population health", "care homes",
    ];

    private static readonly string[] Places =
    [
        "Northshire", "Eastmoor", "Westvale", "Southbridge", "Kingsford", "Ashdown", "Brackley", "Calderton", "Dunmore",
        "Elmstead", "Fenwick", "Greyhaven", "Harrowgate", "Ivybridge", "Juniper Vale", "Kestrel Bay", "Longmere",
        "Marshfield", "Netherby", "Oakridge",
    ];

    private static readonly string[] OrganisationForms =
    [
        "NHS {0} ICB", "NHS {0} CCG", "{0} Hospitals NHS Foundation Trust", "{0} Community Health NHS Trust",
    ];

    private static readonly string[] CommitteeNames =
    [
        "Governing Body", "Quality and Performance Committee", "Primary Care Commissioning Committee", "Finance Committee",
        "Audit Committee", "Integrated Care Board", "Clinical Executive", "Remuneration Committee",
        "Place Partnership Board", "Patient Safety Group", "People Committee", "Digital Board",
    ];

    private static readonly string[] FirstNames = ["A", "B", "C", "D", "E", "F", "G", "H", "J", "K", "L", "M", "N", "P", "R", "S", "T", "W"];

    private static readonly string[] Surnames =
    [
        "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Patel", "Robinson", "Wright",
        "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Khan", "Wood", "Jackson", "Clarke",
        "Hughes", "Edwards", "Lewis", "Harris", "Martin", "Begum", "Cooper", "Ahmed",
    ];

    private static readonly string[] Titles = ["Dr", "Mr", "Ms", "Mrs", "Prof"];

    private readonly int _seed;

    public MinutesCorpusGenerator(int seed = 20261123)
    {
        _seed = seed;
        Vocabulary = new MinutesVocabulary(20_000, seed);
        Organisations = [.. Places.SelectMany(place => OrganisationForms.Select(form => string.Format(CultureInfo.InvariantCulture, form, place)))];
        Committees = CommitteeNames;
        var random = new Random(seed + 1);
        Speakers = [.. Enumerable.Range(0, 300).Select(_ => $"{Titles[random.Next(Titles.Length)]} {FirstNames[random.Next(FirstNames.Length)]} {Surnames[random.Next(Surnames.Length)]}").Distinct(StringComparer.Ordinal)];
    }

    public MinutesVocabulary Vocabulary { get; }

    public IReadOnlyList<string> Organisations { get; }

    public IReadOnlyList<string> Committees { get; }

    public IReadOnlyList<string> Speakers { get; }

    /// <summary>Enumerates <paramref name="count"/> segments, grouped in documents of 10–60 segments.</summary>
    public IEnumerable<CitedSegment> Segments(long count)
    {
        var random = new Random(_seed);
        var text = new StringBuilder(1024);
        long segmentId = 0;
        long documentId = 0;
        while (segmentId < count)
        {
            documentId++;
            var document = NewDocument(random, documentId);
            var segments = random.Next(10, 61);
            var offset = 0;
            var agendaItem = 1;
            var subItem = 1;
            for (var ordinal = 0; ordinal < segments && segmentId < count; ordinal++)
            {
                segmentId++;
                text.Clear();
                AppendSentences(random, text, random.Next(60, 121));
                var body = text.ToString();
                if (random.Next(4) == 0)
                {
                    agendaItem++;
                    subItem = 1;
                }
                else
                {
                    subItem++;
                }

                var transcript = document.Kind == DocumentKind.Transcript;
                var agendaTitle = MinutesVocabulary.Capitalise(ThemePhrases[random.Next(ThemePhrases.Length)]);
                yield return new CitedSegment
                {
                    SegmentId = segmentId,
                    DocumentId = documentId,
                    VersionId = documentId,
                    DocumentTitle = document.Title,
                    SourcePath = document.Path,
                    DocumentKind = document.Kind,
                    Organisation = document.Organisation,
                    Committee = document.Committee,
                    MeetingDate = document.Date,
                    ContentHash = document.Hash,
                    Segment = new Segment
                    {
                        Ordinal = ordinal,
                        Kind = transcript ? SegmentKind.SpeakerTurn : SegmentKind.AgendaItem,
                        Text = body,
                        Start = offset,
                        End = offset + body.Length,
                        PageStart = 1 + (ordinal / 4),
                        PageEnd = 1 + (ordinal / 4),
                        HeadingPath = transcript ? [] : [document.Committee, agendaTitle],
                        AgendaItemNumber = transcript ? null : string.Create(CultureInfo.InvariantCulture, $"{agendaItem}.{subItem}"),
                        AgendaItemTitle = transcript ? null : agendaTitle,
                        Speaker = transcript ? Speakers[random.Next(Speakers.Count)] : null,
                        CueStart = transcript ? TimeSpan.FromSeconds(ordinal * 45) : null,
                        CueEnd = transcript ? TimeSpan.FromSeconds((ordinal * 45) + 44) : null,
                    },
                };
                offset += body.Length + 2;
            }
        }
    }

    /// <summary>Writes <paramref name="count"/> small minutes-like text files (8–20 agenda items each) into a folder.</summary>
    public void WriteDocuments(string folder, int count)
    {
        Directory.CreateDirectory(folder);
        var random = new Random(_seed + 2);
        var text = new StringBuilder(16 * 1024);
        for (var i = 1; i <= count; i++)
        {
            var document = NewDocument(random, i);
            text.Clear();
            text.Append(document.Organisation).Append('\n');
            text.Append("Minutes of the ").Append(document.Committee).Append(" meeting held on ")
                .Append(document.Date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)).Append("\n\n");
            text.Append("Present: ");
            text.AppendJoin(", ", Enumerable.Range(0, 5).Select(_ => Speakers[random.Next(Speakers.Count)])).Append("\n\n");
            var items = random.Next(8, 21);
            for (var item = 1; item <= items; item++)
            {
                text.Append(item.ToString(CultureInfo.InvariantCulture)).Append(". ")
                    .Append(MinutesVocabulary.Capitalise(ThemePhrases[random.Next(ThemePhrases.Length)])).Append("\n\n");
                var paragraphs = random.Next(1, 4);
                for (var p = 0; p < paragraphs; p++)
                {
                    AppendSentences(random, text, random.Next(40, 100));
                    text.Append("\n\n");
                }
            }

            var name = Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"{i:D5}-{document.Date:yyyy-MM-dd}-minutes.txt"));
            File.WriteAllText(name, text.ToString());
        }
    }

    private (string Title, string Path, DocumentKind Kind, string Organisation, string Committee, DateOnly Date, string Hash) NewDocument(Random random, long id)
    {
        var organisation = Organisations[random.Next(Organisations.Count)];
        var committee = Committees[random.Next(Committees.Count)];
        var date = new DateOnly(2015, 1, 1).AddDays(random.Next(3653));
        var roll = random.Next(100);
        var kind = roll < 60 ? DocumentKind.Minutes : roll < 80 ? DocumentKind.BoardPaper : roll < 95 ? DocumentKind.Transcript : DocumentKind.Other;
        var title = $"{committee} {kind} {date:d MMMM yyyy}";
        var path = string.Create(CultureInfo.InvariantCulture, $"/corpus/{date:yyyy}/{id:D7}.pdf");
        var hash = id.ToString("x64", CultureInfo.InvariantCulture);
        return (title, path, kind, organisation, committee, date, hash);
    }

    private void AppendSentences(Random random, StringBuilder text, int words)
    {
        var sentenceLength = 0;
        var start = true;
        var first = true;
        for (var w = 0; w < words; w++)
        {
            string word;
            if (random.Next(40) == 0)
            {
                word = ThemePhrases[random.Next(ThemePhrases.Length)];
                w++;
            }
            else
            {
                word = Vocabulary.Sample(random);
            }

            if (!first)
            {
                text.Append(' ');
            }

            first = false;
            text.Append(start ? MinutesVocabulary.Capitalise(word) : word);
            start = false;
            sentenceLength++;
            if (sentenceLength >= 8 && random.Next(10) == 0)
            {
                text.Append('.');
                sentenceLength = 0;
                start = true;
            }
        }

        if (!start)
        {
            text.Append('.');
        }
    }
}
