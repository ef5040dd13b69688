using System.Globalization;
using System.Text.RegularExpressions;
using TranscriptMiner.Abstractions;

namespace TranscriptMiner.Core.Segmentation;

/// <summary>
/// Recognises speaker labels at the start of a paragraph: "Interviewer:", "P12:", "Dr Jane Smith:", "[00:12:31] Name: ...",
/// or a bold prefix. A label has at most five words, starts with a capital letter (or is an abbreviation such as I, R, P12),
/// holds no sentence punctuation, and is not a common heading word such as "Note", "Action", "Item 4" or "Date".
/// </summary>
internal static partial class SpeakerLabelParser
{
    private const int MaxLabelWords = 5;
    private const int ScanLength = 240;

    private static readonly HashSet<string> NotSpeakers = new(StringComparer.OrdinalIgnoreCase)
    {
        "note", "notes", "nb", "n.b", "action", "actions", "resolved", "resolution", "resolutions", "decision", "decisions",
        "item", "items", "agenda", "present", "apologies", "date", "dates", "time", "times", "venue", "location", "place",
        "minutes", "subject", "re", "title", "purpose", "recommendation", "recommendations", "summary", "background",
        "outcome", "outcomes", "agreed", "noted", "approved", "attendees", "attendance", "members", "membership",
        "questions", "comment", "comments", "example", "examples", "source", "sources", "tel", "telephone", "email",
        "e-mail", "web", "website", "http", "https", "ref", "reference", "page", "table", "figure", "appendix", "annex",
        "part", "section", "chapter", "step", "stage", "phase", "objective", "objectives", "aim", "aims", "risk", "risks",
        "issue", "issues", "update", "updates", "status", "owner", "lead", "due", "deadline", "author", "sponsor",
        "presenter", "paper", "report", "quorum", "declarations", "warning", "important", "tip", "ps", "cc", "to", "from",
        "sent", "dear", "total", "overall", "conclusion", "conclusions", "introduction", "context", "result", "results",
        "finding", "findings", "key", "next", "timescale", "timescales", "option", "options", "proposal", "description",
        "detail", "details", "contact", "address", "phone", "mobile", "fax", "version", "classification", "official",
        "draft", "however", "also", "so", "but", "and", "then", "the", "this", "there", "in", "for", "of", "on", "at",
        "by", "with", "please", "committee", "board", "meeting", "held", "prepared", "presented", "response", "feedback",
        "equality", "impact", "finance", "financial", "quality", "governance", "legal", "recommended", "requested",
        "discussion", "welcome", "chair's", "chairs", "any", "aob", "close", "closed", "start", "end", "duration",
        "interview", "transcript", "recording", "file", "participants", "speakers", "topic", "theme", "themes", "code",
    };

    /// <summary>Last words that make a label a form field ("Participant ID", "Interview date") rather than a speaker.</summary>
    private static readonly HashSet<string> NotLastWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "id", "no", "no.", "number", "code", "date", "time", "name", "role", "type", "details", "length", "duration",
        "location", "venue", "reference", "ref", "title", "summary", "notes", "status", "version",
    };

    private static readonly HashSet<string> NameParticles = new(StringComparer.Ordinal)
    {
        "de", "van", "von", "der", "den", "da", "di", "du", "la", "le", "bin", "al", "of", "and", "for", "ter", "del",
    };

    /// <summary>Parses the start of <paramref name="text"/> (normalised text).</summary>
    /// <param name="text">The paragraph's normalised text.</param>
    /// <param name="boldPrefix">The normalised bold prefix of the paragraph, if the source marked one.</param>
    /// <returns>The label found, or null when there is neither a timestamp nor a label.</returns>
    public static SpeakerLabel? Parse(string text, string? boldPrefix)
    {
        var head = text.Length > ScanLength ? text[..ScanLength] : text;
        TimeSpan? timestamp = null;
        var rest = head;
        var stamp = TimestampPattern().Match(head);
        if (stamp.Success)
        {
            timestamp = ParseTimestamp(stamp.Groups["ts"].Value);
            rest = head[stamp.Length..];
        }

        if (!string.IsNullOrWhiteSpace(boldPrefix) && text.StartsWith(boldPrefix, StringComparison.Ordinal))
        {
            var bold = boldPrefix.Trim();
            var boldStamp = TimestampPattern().Match(bold);
            if (boldStamp.Success)
            {
                timestamp ??= ParseTimestamp(boldStamp.Groups["ts"].Value);
                bold = bold[boldStamp.Length..];
            }

            bold = bold.TrimEnd().TrimEnd(':').TrimEnd();
            if (IsPlausibleLabel(bold))
            {
                timestamp ??= TimestampAfterLabel(text, boldPrefix.Length);
                return new SpeakerLabel(bold, timestamp, IsStrong: true);
            }
        }

        var label = LabelPattern().Match(rest);
        if (label.Success)
        {
            var speaker = label.Groups["label"].Value.Trim();
            if (label.Groups["ts"].Success)
            {
                timestamp ??= ParseTimestamp(label.Groups["ts"].Value);
            }

            if (IsPlausibleLabel(speaker))
            {
                timestamp ??= TimestampAfterLabel(rest, label.Length);
                return new SpeakerLabel(speaker, timestamp, IsStrong(speaker));
            }
        }

        // A line holding only a name and a time ("Jane Smith   0:03"), as Teams and Otter exports write before each turn.
        if (timestamp is null && text.Length <= 80)
        {
            var nameAndTime = NameAndTimePattern().Match(text);
            if (nameAndTime.Success)
            {
                var speaker = nameAndTime.Groups["label"].Value.Trim();
                if (IsPlausibleLabel(speaker))
                {
                    return new SpeakerLabel(speaker, ParseTimestamp(nameAndTime.Groups["ts"].Value), IsStrong: true);
                }
            }
        }

        return timestamp is null ? null : new SpeakerLabel(null, timestamp, IsStrong: false);
    }

    /// <summary>
    /// Parses a transcript laid out as a table: [speaker | text] or [time | speaker | text]. The speaker cell must hold a
    /// plausible label (a trailing colon is dropped); header rows are ignored.
    /// </summary>
    /// <param name="row">The table row.</param>
    /// <returns>The label found, or null.</returns>
    public static SpeakerLabel? ParseRow(ExtractedBlock row)
    {
        if (row.IsHeaderRow || row.Cells.Count < 2)
        {
            return null;
        }

        var cells = row.Cells.Select(c => TextNormalizer.Normalize(c.Length > ScanLength ? c[..ScanLength] : c)).ToArray();
        TimeSpan? timestamp = null;
        var labelCell = 0;
        var stamp = TimestampPattern().Match(cells[0]);
        if (stamp.Success && stamp.Length == cells[0].Length)
        {
            timestamp = ParseTimestamp(stamp.Groups["ts"].Value);
            labelCell = 1;
        }

        if (labelCell + 1 >= cells.Length)
        {
            return timestamp is null ? null : new SpeakerLabel(null, timestamp, IsStrong: false);
        }

        var candidate = cells[labelCell].TrimEnd(':').TrimEnd();
        if (IsPlausibleLabel(candidate) && !candidate.Equals("Speaker", StringComparison.OrdinalIgnoreCase) && !candidate.Equals("Name", StringComparison.OrdinalIgnoreCase))
        {
            return new SpeakerLabel(candidate, timestamp, IsStrong(candidate));
        }

        return timestamp is null ? null : new SpeakerLabel(null, timestamp, IsStrong: false);
    }

    /// <summary>Whether a candidate label could be a speaker at all (shape and stop words).</summary>
    internal static bool IsPlausibleLabel(string label)
    {
        if (label.Length is 0 or > 60 || !char.IsLetter(label[0]) || !char.IsUpper(label[0]))
        {
            return false;
        }

        var words = label.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > MaxLabelWords
            || NotSpeakers.Contains(words[0].TrimEnd('.'))
            || NotSpeakers.Contains(label)
            || (words.Length > 1 && NotLastWords.Contains(words[^1])))
        {
            return false;
        }

        foreach (var c in label)
        {
            if (!(char.IsLetterOrDigit(c) || c is ' ' or '.' or '-' or '\'' or '’' or '(' or ')' or '&'))
            {
                return false;
            }
        }

        for (var i = 1; i < words.Length; i++)
        {
            var word = words[i];
            if (!(char.IsUpper(word[0]) || char.IsDigit(word[0]) || word[0] == '(' || NameParticles.Contains(word)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A timestamp printed right after the label ("Interviewer: [00:00:05] Thanks ..."), if any. It must be bracketed or
    /// have hours, minutes and seconds, so speech that starts with a time of day ("P04: 9:30 on Monday ...") is not one.
    /// </summary>
    private static TimeSpan? TimestampAfterLabel(string text, int labelEnd)
    {
        if (labelEnd >= text.Length)
        {
            return null;
        }

        var after = text[labelEnd..].TrimStart();
        if (after.StartsWith(':'))
        {
            after = after[1..].TrimStart();
        }

        var stamp = TimestampPattern().Match(after);
        if (!stamp.Success || !(after[0] is '[' or '(' || stamp.Groups["ts"].Value.Count(c => c == ':') == 2))
        {
            return null;
        }

        return ParseTimestamp(stamp.Groups["ts"].Value);
    }

    private static bool IsStrong(string label) =>
        StrongLabelPattern().IsMatch(label) || (label.Length > 1 && label.Any(char.IsLetter) && label.Where(char.IsLetter).All(char.IsUpper));

    private static TimeSpan? ParseTimestamp(string value)
    {
        var formats = new[] { @"h\:mm\:ss", @"hh\:mm\:ss", @"m\:ss", @"mm\:ss", @"h\:mm\:ss\.fff", @"hh\:mm\:ss\.fff", @"hh\:mm\:ss\.ff", @"hh\:mm\:ss\.f", @"mm\:ss\.fff" };
        var normalised = value.Replace(',', '.');
        return TimeSpan.TryParseExact(normalised, formats, CultureInfo.InvariantCulture, out var time) ? time : null;
    }

    [GeneratedRegex(@"^[\[(]?(?<ts>\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?)[\])]?\s*(?:[-–]\s*)?", RegexOptions.CultureInvariant)]
    private static partial Regex TimestampPattern();

    [GeneratedRegex(@"^(?<label>[^:\s][^:]{0,59}?)\s*(?:[\[(](?<ts>\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?)[\])]\s*)?:(?:\s|$)", RegexOptions.CultureInvariant)]
    private static partial Regex LabelPattern();

    [GeneratedRegex(@"^(?<label>[A-Z][^:]{0,58}?)\s+[\[(]?(?<ts>\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?)[\])]?$", RegexOptions.CultureInvariant)]
    private static partial Regex NameAndTimePattern();

    [GeneratedRegex(
        @"^(?:(?:I|R|Q|A|[A-Z]{1,3}\d{1,4})|(?:Interviewer|Interviewee|Respondent|Participant|Moderator|Facilitator|Researcher|Speaker|Chair|Chairman|Chairperson|Chairwoman|Vice[- ]Chair|Int|Resp|Audience(?: member)?)(?:\s+[A-Z0-9][A-Za-z0-9]{0,3})?|(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Professor|Cllr|Councillor|Sir|Dame|Lord|Lady|Rev|Revd)\.?\s+\S.*)$",
        RegexOptions.CultureInvariant)]
    private static partial Regex StrongLabelPattern();
}
