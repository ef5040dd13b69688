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
/// <see cref="ExtractionFailureKind.Corrupt"/>.
/// </remarks>
public sealed class CaptionExtractor : IDocumentExtractor
{
    private const int SniffLines = 50;

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

        var sink = new BlockSink(request.Limits.MaxBlocks, cancellationToken);
        TurnMerger.Merge(cues, sink);
        return new ExtractedDocument(sink.Blocks, DocumentProperties.Empty, warnings.ToList());
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
