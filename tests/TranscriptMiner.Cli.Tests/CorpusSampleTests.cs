using System.Globalization;
using System.Text;
using System.Text.Json;
using TranscriptMiner.Core.Model;
using TranscriptMiner.Core.Processing;

namespace TranscriptMiner.Cli.Tests;

/// <summary>
/// Golden tests: every document in corpus-samples goes through the whole pipeline (built-in plugins, metadata,
/// segmentation) and must match its <c>.expected.json</c> (format in docs/corpus-samples.md).
/// </summary>
public sealed class CorpusSampleTests : IClassFixture<PipelineFixture>
{
    private readonly PipelineFixture _pipeline;

    public CorpusSampleTests(PipelineFixture pipeline) => _pipeline = pipeline;

    public static TheoryData<string> Samples() => new(SamplePaths());

    private static IEnumerable<string> SamplePaths() =>
        Directory.EnumerateFiles(RepositoryPaths.CorpusSamples, "*.expected.json", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(expected => Path.GetRelativePath(RepositoryPaths.CorpusSamples, expected[..^".expected.json".Length]));

    [Fact]
    public void Corpus_has_the_required_samples()
    {
        var samples = SamplePaths().ToList();
        Assert.True(samples.Count(s => s.StartsWith("minutes", StringComparison.Ordinal)) >= 4, "at least four sets of minutes");
        Assert.True(samples.Count(s => s.StartsWith("board-papers", StringComparison.Ordinal)) >= 2, "at least two board papers");
        Assert.True(samples.Count(s => s.StartsWith("transcripts", StringComparison.Ordinal)) >= 3, "at least three transcripts");
        var totalBytes = Directory.EnumerateFiles(RepositoryPaths.CorpusSamples, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
        Assert.True(totalBytes < 2 * 1024 * 1024, $"corpus-samples is {totalBytes} bytes; keep it under 2 MB");
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task Sample_matches_its_expected_output(string relativePath)
    {
        var path = Path.Combine(RepositoryPaths.CorpusSamples, relativePath);
        using var expected = JsonDocument.Parse(await File.ReadAllTextAsync(path + ".expected.json"));
        var document = await _pipeline.Processor.ProcessAsync(path, CancellationToken.None);

        AssertOffsetsExact(document);
        if (expected.RootElement.TryGetProperty("metadata", out var metadata))
        {
            AssertMetadata(metadata, document.Metadata);
        }

        if (expected.RootElement.TryGetProperty("segments", out var segments))
        {
            AssertSegments(segments, document);
        }

        if (expected.RootElement.TryGetProperty("absent", out var absent))
        {
            foreach (var text in absent.EnumerateArray().Select(a => a.GetString()!))
            {
                Assert.False(document.PlainText.Contains(text, StringComparison.Ordinal), $"'{text}' should have been removed from {relativePath}");
            }
        }
    }

    internal static void AssertOffsetsExact(ProcessedDocument document)
    {
        var previousEnd = 0;
        for (var i = 0; i < document.Segments.Count; i++)
        {
            var segment = document.Segments[i];
            Assert.Equal(i, segment.Ordinal);
            Assert.True(segment.Start >= previousEnd && segment.End > segment.Start, $"segment {i} offsets [{segment.Start},{segment.End}) overlap or are empty");
            Assert.Equal(document.PlainText[segment.Start..segment.End], segment.Text);
            previousEnd = segment.End;
        }
    }

    private static void AssertMetadata(JsonElement expected, DocumentMetadata actual)
    {
        foreach (var property in expected.EnumerateObject())
        {
            switch (property.Name)
            {
                case "kind":
                    Assert.Equal(property.Value.GetString(), actual.Kind.ToString());
                    break;
                case "organisation":
                    Assert.Equal(property.Value.GetString(), actual.Organisation);
                    break;
                case "committee":
                    Assert.Equal(property.Value.GetString(), actual.Committee);
                    break;
                case "title":
                    Assert.Equal(property.Value.GetString(), actual.Title);
                    break;
                case "meetingDate":
                    Assert.Equal(property.Value.GetString(), actual.MeetingDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                    break;
                case "present":
                    AssertPeople(property.Value, actual.Present, "present");
                    break;
                case "inAttendance":
                    AssertPeople(property.Value, actual.InAttendance, "in attendance");
                    break;
                case "apologies":
                    AssertPeople(property.Value, actual.Apologies, "apologies");
                    break;
                default:
                    Assert.Fail($"unknown metadata field '{property.Name}' in expected file");
                    break;
            }
        }
    }

    private static void AssertPeople(JsonElement expected, IReadOnlyList<Participant> actual, string list)
    {
        foreach (var name in expected.EnumerateArray().Select(e => e.GetString()!))
        {
            Assert.True(actual.Any(p => string.Equals(p.Name, name, StringComparison.Ordinal)), $"'{name}' missing from {list}: [{string.Join("; ", actual.Select(p => p.Name))}]");
        }
    }

    private static void AssertSegments(JsonElement expected, ProcessedDocument document)
    {
        var actual = document.Segments;
        var position = 0;
        foreach (var wanted in expected.EnumerateArray())
        {
            var found = false;
            while (position < actual.Count && !found)
            {
                found = Matches(wanted, actual[position]);
                position++;
            }

            Assert.True(found, $"expected segment {wanted} not found in order. Actual segments:\n{Describe(actual)}");
        }
    }

    private static bool Matches(JsonElement wanted, Segment segment)
    {
        foreach (var property in wanted.EnumerateObject())
        {
            var ok = property.Name switch
            {
                "kind" => property.Value.GetString() == segment.Kind.ToString(),
                "agendaItemNumber" => property.Value.GetString() == segment.AgendaItemNumber,
                "agendaItemTitle" => property.Value.GetString() == segment.AgendaItemTitle,
                "speaker" => property.Value.GetString() == segment.Speaker,
                "pageStart" => property.Value.GetInt32() == segment.PageStart,
                "pageEnd" => property.Value.GetInt32() == segment.PageEnd,
                "contains" => segment.Text.Contains(property.Value.GetString()!, StringComparison.Ordinal),
                "headingPath" => property.Value.EnumerateArray().Select(e => e.GetString()).SequenceEqual(segment.HeadingPath),
                "heading" => segment.HeadingPath.Count > 0 && segment.HeadingPath[^1] == property.Value.GetString(),
                "cueStart" => segment.CueStart == TimeSpan.Parse(property.Value.GetString()!, CultureInfo.InvariantCulture),
                "cueEnd" => segment.CueEnd == TimeSpan.Parse(property.Value.GetString()!, CultureInfo.InvariantCulture),
                _ => throw new InvalidOperationException($"unknown segment field '{property.Name}' in expected file"),
            };
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    private static string Describe(IReadOnlyList<Segment> segments)
    {
        var builder = new StringBuilder();
        foreach (var segment in segments)
        {
            var preview = segment.Text.Length > 70 ? segment.Text[..70] : segment.Text;
            builder.AppendLine(CultureInfo.InvariantCulture, $"  [{segment.Ordinal}] {segment.Kind} item={segment.AgendaItemNumber} \"{segment.AgendaItemTitle}\" speaker={segment.Speaker} heading={(segment.HeadingPath.Count > 0 ? segment.HeadingPath[^1] : null)} p{segment.PageStart} cue={segment.CueStart}-{segment.CueEnd} :: {preview.ReplaceLineEndings(" ")}");
        }

        return builder.ToString();
    }
}
