namespace TranscriptMiner.Plugins.Text;

/// <summary>
/// Reads WebVTT and SubRip files: blank-line separated blocks of an optional identifier (or SubRip index), a timing
/// line <c>start --&gt; end [settings]</c> and text lines. Skips the WEBVTT header and NOTE, STYLE and REGION blocks.
/// Bad cues never fail the file: they are skipped or repaired with a warning.
/// </summary>
internal sealed class CueBlockParser
{
    private readonly WarningLog _warnings;
    private readonly CancellationToken _cancellationToken;
    private readonly List<RawCue> _cues = [];
    private readonly List<string> _block = [];
    private int _previousCueFirstIndex = -1;
    private int _blockNumber;

    public CueBlockParser(WarningLog warnings, CancellationToken cancellationToken)
    {
        _warnings = warnings;
        _cancellationToken = cancellationToken;
    }

    public List<RawCue> Parse(string text)
    {
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            if (line.IsWhiteSpace())
            {
                ReadBlock();
                continue;
            }

            _block.Add(line.TrimEnd().ToString());
        }

        ReadBlock();
        return _cues;
    }

    private void ReadBlock()
    {
        if (_block.Count == 0)
        {
            return;
        }

        if ((++_blockNumber & 255) == 0)
        {
            _cancellationToken.ThrowIfCancellationRequested();
        }

        try
        {
            ReadCuesWithoutBlankLines();
        }
        finally
        {
            _block.Clear();
        }
    }

    /// <summary>Some SubRip files omit the blank line between cues: a later timing line (with the index line just
    /// before it) starts a new cue.</summary>
    private void ReadCuesWithoutBlankLines()
    {
        var all = _block.ToList();
        var start = 0;
        var firstTiming = all.FindIndex(line => line.Contains("-->", StringComparison.Ordinal));
        for (var i = Math.Max(1, firstTiming + 1); firstTiming >= 0 && i < all.Count; i++)
        {
            if (!all[i].Contains("-->", StringComparison.Ordinal))
            {
                continue;
            }

            var cueStart = i - 1 > start && IsIndexLine(all[i - 1]) ? i - 1 : i;
            ReadCue(all.GetRange(start, cueStart - start));
            start = cueStart;
        }

        ReadCue(all.GetRange(start, all.Count - start));
    }

    private static bool IsIndexLine(string line)
    {
        var trimmed = line.AsSpan().Trim();
        return !trimmed.IsEmpty && !trimmed.ContainsAnyExceptInRange('0', '9');
    }

    private void ReadCue(List<string> block)
    {
        if (block.Count == 0)
        {
            return;
        }

        var first = block[0].AsSpan().Trim();
        if (IsHeaderOrMetadata(first))
        {
            return;
        }

        var timingIndex = block.Count > 0 && block[0].Contains("-->", StringComparison.Ordinal) ? 0
            : block.Count > 1 && block[1].Contains("-->", StringComparison.Ordinal) ? 1
            : -1;
        if (timingIndex < 0)
        {
            _warnings.Add(CaptionWarningCodes.SkippedCue, $"Caption block {_blockNumber} has no timing line and was skipped.");
            return;
        }

        if (!TryParseTiming(block[timingIndex], out var start, out var end))
        {
            _warnings.Add(
                CaptionWarningCodes.SkippedCue,
                $"Caption block {_blockNumber} has a malformed or out-of-range timing \"{block[timingIndex].Trim()}\" and was skipped.");
            return;
        }

        var spans = CueTextReader.Read(block.GetRange(timingIndex + 1, block.Count - timingIndex - 1));
        if (spans.Count == 0)
        {
            _warnings.Add(CaptionWarningCodes.SkippedCue, $"The cue at {CueTimestamp.Format(start)} has no text and was skipped.");
            return;
        }

        if (end < start)
        {
            _warnings.Add(
                CaptionWarningCodes.RepairedTiming,
                $"The cue at {CueTimestamp.Format(start)} ends before it starts; its end was set to its start.");
            end = start;
        }

        (start, end) = RepairAgainstPreviousCue(start, end);
        _previousCueFirstIndex = _cues.Count;
        foreach (var span in spans)
        {
            _cues.Add(new RawCue(start, end, span.Text, span.Voice));
        }
    }

    /// <summary>A cue going back in time is moved to the previous cue's end; a cue starting inside the previous one
    /// (but not at the same moment, which is two people speaking at once) cuts the previous cue short.</summary>
    private (TimeSpan Start, TimeSpan End) RepairAgainstPreviousCue(TimeSpan start, TimeSpan end)
    {
        if (_previousCueFirstIndex < 0)
        {
            return (start, end);
        }

        var previous = _cues[_previousCueFirstIndex];
        var previousEnd = previous.End ?? previous.Start;
        if (start < previous.Start)
        {
            _warnings.Add(
                CaptionWarningCodes.RepairedTiming,
                $"The cue at {CueTimestamp.Format(start)} starts before the cue before it; it was moved to {CueTimestamp.Format(previousEnd)}.");
            var length = end - start;
            start = previousEnd;
            return (start, start + length);
        }

        if (start > previous.Start && start < previousEnd)
        {
            _warnings.Add(
                CaptionWarningCodes.RepairedTiming,
                $"The cue at {CueTimestamp.Format(previous.Start)} overlaps the next cue; its end was moved to {CueTimestamp.Format(start)}.");
            for (var i = _previousCueFirstIndex; i < _cues.Count; i++)
            {
                _cues[i] = _cues[i] with { End = start };
            }
        }

        return (start, end);
    }

    private static bool IsHeaderOrMetadata(ReadOnlySpan<char> first) =>
        first.StartsWith("WEBVTT", StringComparison.Ordinal)
        || IsKeywordBlock(first, "NOTE")
        || IsKeywordBlock(first, "STYLE")
        || IsKeywordBlock(first, "REGION");

    private static bool IsKeywordBlock(ReadOnlySpan<char> first, string keyword) =>
        first.StartsWith(keyword, StringComparison.Ordinal)
        && (first.Length == keyword.Length || char.IsWhiteSpace(first[keyword.Length]));

    private static bool TryParseTiming(string line, out TimeSpan start, out TimeSpan end)
    {
        end = TimeSpan.Zero;
        var span = line.AsSpan();
        var arrow = span.IndexOf("-->", StringComparison.Ordinal);
        var right = span[(arrow + 3)..].TrimStart();
        var endToken = right.IndexOfAny(' ', '\t');
        if (endToken >= 0)
        {
            right = right[..endToken];
        }

        return CueTimestamp.TryParse(span[..arrow], out start) & CueTimestamp.TryParse(right, out end);
    }
}
