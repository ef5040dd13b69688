using TranscriptMiner.Abstractions;

namespace TranscriptMiner.Plugins.Text;

/// <summary>
/// Extracts captions and timestamped transcripts: WebVTT (voices, NOTE/STYLE/REGION blocks, cue settings), SubRip
/// (with "NAME:" and "- Name:" speakers) and plain-text dumps whose lines start with a timestamp. Consecutive cues
/// of one speaker become one <see cref="BlockKind.CaptionCue"/> block (a turn).
/// </summary>
/// <remarks>
/// The format is recognised from the content: a <c>WEBVTT</c> header, else a <c>--&gt;</c> timing line near the start
/// (SubRip), else timestamped lines. Bad cues never fail the file; they are skipped (warning <c>skipped-cue</c>) or
/// repaired (warning <c>repaired-timing</c>). A file without a single valid cue fails with
/// <see cref="ExtractionFailureKind.Corrupt"/>. Text after <c>WEBVTT</c> on the header line (such as
/// "WEBVTT - Board meeting in public, 14 June 2023") becomes <see cref="DocumentProperties.Title"/>.
/// </remarks>
public sealed class CaptionExtractor : IDocumentExtractor
{
    private const int SniffLines = 50;
    private const int MaxTitleChars = 200;

    /// <inheritdoc />
    public string Name => "captions";

    /// <inheritdoc />
    public IReadOnlyList<string> MediaTypes { get; } =
        [MediaTypeNames.WebVtt, MediaTypeNames.SubRip, MediaTypeNames.TimestampedTranscript];

    /// <inheritdoc />
    public IReadOnlyList<string> Extensions { get; } = [".vtt", ".srt"];

    /// <inheritdoc />
    public async Task<ExtractedDocument> ExtractAsync(ExtractionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var text = await TextDecoder.ReadAsync(request.Content, cancellationToken).ConfigureAwait(false);
        var warnings = new WarningLog();
        var cues = HasTimingArrows(text)
            ? new CueBlockParser(warnings, cancellationToken).Parse(text)
            : new TimestampedLineParser(warnings, cancellationToken).Parse(text);
        if (cues.Count == 0)
        {
            throw new ExtractionException(ExtractionFailureKind.Corrupt, "no valid caption cue found");
        }

        var sink = new BlockCollector(request.Limits, cancellationToken);
        TurnMerger.Merge(cues, sink);
        var title = WebVttHeaderTitle(text);
        var properties = title is null ? DocumentProperties.Empty : new DocumentProperties { Title = title };
        return new ExtractedDocument(sink.Blocks, properties, warnings.ToList());
    }

    /// <summary>The text after "WEBVTT" on the first line (less a leading dash or colon), or null when there is none.</summary>
    private static string? WebVttHeaderTitle(string text)
    {
        var firstLineEnd = text.AsSpan().IndexOfAny('\r', '\n');
        var first = (firstLineEnd < 0 ? text.AsSpan() : text.AsSpan(0, firstLineEnd)).TrimStart('\uFEFF').Trim();
        if (!first.StartsWith("WEBVTT", StringComparison.Ordinal) || first.Length == 6 || !char.IsWhiteSpace(first[6]))
        {
            return null;
        }

        var rest = first[6..].Trim().TrimStart("-–—:").Trim();
        if (rest.Length > MaxTitleChars)
        {
            rest = rest[..MaxTitleChars].TrimEnd();
        }

        foreach (var c in rest)
        {
            if (char.IsLetter(c))
            {
                return rest.ToString();
            }
        }

        return null;
    }

    /// <summary>WebVTT starts with its header; SubRip has a "-->" timing line among its first lines.</summary>
    private static bool HasTimingArrows(string text)
    {
        var seen = 0;
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            var trimmed = line.Trim();
            if (trimmed.IsEmpty)
            {
                continue;
            }

            if ((seen == 0 && trimmed.StartsWith("WEBVTT", StringComparison.Ordinal)) || trimmed.Contains("-->", StringComparison.Ordinal))
            {
                return true;
            }

            if (++seen == SniffLines)
            {
                break;
            }
        }

        return false;
    }
}
