namespace TranscriptMiner.Plugins.Text;

/// <summary>
/// Reads timestamped transcript dumps: lines <c>00:12:31.280 text</c>, <c>[00:12:31] Name: text</c>,
/// <c>[12:31] Name: text</c>, and speaker header lines <c>Name 00:12:31</c> followed by text lines.
/// Lines without a timestamp continue the previous entry; lines before the first timestamp are ignored.
/// Each entry ends where the next one starts.
/// </summary>
internal sealed class TimestampedLineParser
{
    private const int MaxTimestampChars = 16;
    private const int MaxHeaderLabelChars = 60;

    private readonly WarningLog _warnings;
    private readonly CancellationToken _cancellationToken;
    private readonly List<(TimeSpan Start, string? Voice, List<string> Text)> _entries = [];

    public TimestampedLineParser(WarningLog warnings, CancellationToken cancellationToken)
    {
        _warnings = warnings;
        _cancellationToken = cancellationToken;
    }

    public List<RawCue> Parse(string text)
    {
        var lineNumber = 0;
        foreach (var rawLine in text.AsSpan().EnumerateLines())
        {
            if ((++lineNumber & 4095) == 0)
            {
                _cancellationToken.ThrowIfCancellationRequested();
            }

            var line = rawLine.Trim();
            if (!line.IsEmpty)
            {
                ReadLine(line, lineNumber);
            }
        }

        return ToCues();
    }

    private void ReadLine(ReadOnlySpan<char> line, int lineNumber)
    {
        switch (TryReadLeadingTimestamp(line, out var start, out var consumed))
        {
            case TimestampMatch.Malformed:
                _warnings.Add(CaptionWarningCodes.SkippedCue, $"Line {lineNumber} has a malformed timestamp and was skipped.");
                return;
            case TimestampMatch.Found:
                var rest = line[consumed..].TrimStart();
                if (rest.Length > 1 && rest[0] is '-' or '\u2013' or '|' && rest[1] == ' ')
                {
                    rest = rest[2..].TrimStart();
                }

                string? voice = null;
                if (SpeakerLabel.TryMatch(rest, out var name, out var labelLength))
                {
                    voice = name;
                    rest = rest[labelLength..].TrimStart();
                }

                StartEntry(start, voice, rest, lineNumber);
                return;
        }

        if (TryReadSpeakerHeader(line, out var headerVoice, out var headerStart))
        {
            StartEntry(headerStart, headerVoice, [], lineNumber);
            return;
        }

        if (_entries.Count > 0)
        {
            _entries[^1].Text.Add(line.ToString());
        }
    }

    private void StartEntry(TimeSpan start, string? voice, ReadOnlySpan<char> text, int lineNumber)
    {
        if (_entries.Count > 0 && start < _entries[^1].Start)
        {
            _warnings.Add(
                CaptionWarningCodes.RepairedTiming,
                $"Line {lineNumber} goes back in time ({CueTimestamp.Format(start)}); it was given the previous line's time.");
            start = _entries[^1].Start;
        }

        var lines = new List<string>();
        if (!text.IsEmpty)
        {
            lines.Add(text.ToString());
        }

        _entries.Add((start, voice, lines));
    }

    private List<RawCue> ToCues()
    {
        var cues = new List<RawCue>(_entries.Count);
        for (var i = 0; i < _entries.Count; i++)
        {
            var (start, voice, lines) = _entries[i];
            TimeSpan? end = i + 1 < _entries.Count ? _entries[i + 1].Start : null;
            var text = string.Join(' ', lines).Trim();
            if (text.Length == 0)
            {
                _warnings.Add(CaptionWarningCodes.SkippedCue, $"The line at {CueTimestamp.Format(start)} has no text and was skipped.");
                continue;
            }

            cues.Add(new RawCue(start, end, text, voice));
        }

        return cues;
    }

    /// <summary>A timestamp at the start of the line, bare (<c>00:12:31.280</c>) or in brackets (<c>[12:31]</c>).</summary>
    private static TimestampMatch TryReadLeadingTimestamp(ReadOnlySpan<char> line, out TimeSpan start, out int consumed)
    {
        start = TimeSpan.Zero;
        consumed = 0;
        if (line[0] is '[' or '(')
        {
            var closer = line[0] == '[' ? ']' : ')';
            var close = line[..Math.Min(line.Length, MaxTimestampChars + 2)].IndexOf(closer);
            if (close < 0 || close < 2 || !char.IsAsciiDigit(line[1]))
            {
                return TimestampMatch.None;
            }

            consumed = close + 1;
            return CueTimestamp.TryParse(line[1..close], out start) ? TimestampMatch.Found : TimestampMatch.Malformed;
        }

        if (!char.IsAsciiDigit(line[0]))
        {
            return TimestampMatch.None;
        }

        var tokenEnd = line.IndexOfAny(' ', '\t');
        var token = tokenEnd < 0 ? line : line[..tokenEnd];
        if (token.Length > MaxTimestampChars || !token.Contains(':') || !LooksLikeTimestamp(token))
        {
            return TimestampMatch.None;
        }

        consumed = token.Length;
        return CueTimestamp.TryParse(token, out start) ? TimestampMatch.Found : TimestampMatch.Malformed;
    }

    /// <summary>A header such as <c>Dr Smith  00:05:12</c>: a short label followed by a timestamp and nothing else.</summary>
    private static bool TryReadSpeakerHeader(ReadOnlySpan<char> line, out string? voice, out TimeSpan start)
    {
        voice = null;
        start = TimeSpan.Zero;
        var lastSpace = line.LastIndexOfAny(' ', '\t');
        if (lastSpace <= 0 || lastSpace > MaxHeaderLabelChars)
        {
            return false;
        }

        var token = line[(lastSpace + 1)..];
        if (!token.Contains(':') || !LooksLikeTimestamp(token) || !CueTimestamp.TryParse(token, out start))
        {
            return false;
        }

        var label = line[..lastSpace].Trim().TrimEnd(':');
        if (label.IsEmpty || !char.IsUpper(label[0]) || label.ContainsAny('.', '?', '!'))
        {
            return false;
        }

        voice = label.ToString();
        return true;
    }

    private static bool LooksLikeTimestamp(ReadOnlySpan<char> token)
    {
        foreach (var c in token)
        {
            if (!(char.IsAsciiDigit(c) || c is ':' or '.' or ','))
            {
                return char.IsAsciiLetter(c) && token.Length <= 12 && token.IndexOf(':') is > 0 and <= 3;
            }
        }

        return true;
    }

    private enum TimestampMatch
    {
        None,
        Found,
        Malformed,
    }
}
