using System.Net;
using System.Text;

namespace TranscriptMiner.Plugins.Text;

/// <summary>
/// Reads the text lines of one cue: WebVTT voice tags (<c>&lt;v Name&gt;</c>, <c>&lt;v.loud Name&gt;</c>, possibly
/// several per cue), other tags stripped (<c>&lt;c&gt;</c>, <c>&lt;i&gt;</c>, timestamps...), SubRip/ASS overrides
/// such as <c>{\an8}</c> stripped, entities decoded, and, when a cue has no voice tag, "Name:" or "- Name:" labels
/// at the start of its lines taken as the speaker.
/// </summary>
internal static class CueTextReader
{
    public static List<VoicedText> Read(IReadOnlyList<string> lines)
    {
        var spans = new List<VoicedText>();
        var hasVoiceTags = lines.Any(HasVoiceTag);
        string? voice = null;
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            if (hasVoiceTags)
            {
                ReadTaggedLine(line, spans, text, ref voice);
                continue;
            }

            var plain = Clean(StripMarkup(line, null, null, ref voice)).AsSpan().Trim();
            if (plain.Length > 1 && plain[0] is '-' or '\u2013' && plain[1] == ' ')
            {
                plain = plain[2..].TrimStart();
            }

            if (SpeakerLabel.TryMatch(plain, out var name, out var consumed))
            {
                StartVoice(name, spans, text, ref voice);
                plain = plain[consumed..].TrimStart();
            }

            AppendWord(text, plain);
        }

        Close(spans, text, voice);
        return spans;
    }

    private static bool HasVoiceTag(string line)
    {
        var index = line.IndexOf("<v", StringComparison.Ordinal);
        while (index >= 0)
        {
            if (index + 2 < line.Length && line[index + 2] is ' ' or '.' or '\t')
            {
                return true;
            }

            index = line.IndexOf("<v", index + 2, StringComparison.Ordinal);
        }

        return false;
    }

    private static void ReadTaggedLine(string line, List<VoicedText> spans, StringBuilder text, ref string? voice)
    {
        var segment = StripMarkup(line, spans, text, ref voice);
        AppendWord(text, Clean(segment).AsSpan().Trim());
    }

    /// <summary>Removes tags and overrides. When <paramref name="spans"/> is given, voice tags close the current span
    /// (flushing the text gathered so far into <paramref name="text"/>) and open a new one.</summary>
    private static string StripMarkup(string line, List<VoicedText>? spans, StringBuilder? text, ref string? voice)
    {
        var sb = new StringBuilder(line.Length);
        var nextAngle = -1;
        var nextBrace = -1;
        var i = 0;
        while (i < line.Length)
        {
            var c = line[i];
            if (c == '<' && i + 1 < line.Length && (char.IsAsciiLetter(line[i + 1]) || line[i + 1] is '/' or '.' || char.IsAsciiDigit(line[i + 1])))
            {
                nextAngle = NextIndex(line, '>', i + 1, nextAngle);
                var close = nextAngle;
                if (close < line.Length)
                {
                    var tag = line.AsSpan(i + 1, close - i - 1);
                    if (spans is not null && text is not null)
                    {
                        if (tag.Length > 1 && tag[0] == 'v' && tag[1] is ' ' or '.' or '\t')
                        {
                            AppendWord(text, Clean(sb.ToString()).AsSpan().Trim());
                            sb.Clear();
                            var nameStart = tag.IndexOfAny(' ', '\t');
                            var name = nameStart < 0 ? string.Empty : Clean(tag[nameStart..].ToString()).Trim();
                            StartVoice(name.Length == 0 ? null : name, spans, text, ref voice);
                        }
                        else if (tag.SequenceEqual("/v"))
                        {
                            AppendWord(text, Clean(sb.ToString()).AsSpan().Trim());
                            sb.Clear();
                            StartVoice(null, spans, text, ref voice);
                        }
                    }

                    sb.Append(' ');
                    i = close + 1;
                    continue;
                }
            }
            else if (c == '{' && i + 1 < line.Length && line[i + 1] == '\\')
            {
                nextBrace = NextIndex(line, '}', i + 1, nextBrace);
                var close = nextBrace;
                if (close < line.Length)
                {
                    i = close + 1;
                    continue;
                }
            }

            sb.Append(c);
            i++;
        }

        return sb.ToString();
    }

    /// <summary>The next index of <paramref name="target"/> at or after <paramref name="from"/>, or the length when none;
    /// reuses the previous answer while it is still ahead, so a line full of '&lt;' without '&gt;' stays linear.</summary>
    private static int NextIndex(string line, char target, int from, int previous)
    {
        if (previous >= from)
        {
            return previous;
        }

        var found = line.IndexOf(target, from);
        return found < 0 ? line.Length : found;
    }

    private static void StartVoice(string? name, List<VoicedText> spans, StringBuilder text, ref string? voice)
    {
        Close(spans, text, voice);
        voice = name;
    }

    private static void Close(List<VoicedText> spans, StringBuilder text, string? voice)
    {
        if (text.Length > 0)
        {
            spans.Add(new VoicedText(voice, text.ToString()));
            text.Clear();
        }
    }

    private static void AppendWord(StringBuilder text, ReadOnlySpan<char> words)
    {
        if (words.IsEmpty)
        {
            return;
        }

        if (text.Length > 0)
        {
            text.Append(' ');
        }

        text.Append(words);
    }

    /// <summary>Decodes entities, turns no-break spaces into spaces, drops direction marks, collapses white space.</summary>
    private static string Clean(string text)
    {
        var decoded = text.Contains('&', StringComparison.Ordinal) ? WebUtility.HtmlDecode(text) : text;
        var sb = new StringBuilder(decoded.Length);
        var lastWasSpace = false;
        foreach (var c in decoded)
        {
            if (c is '\u200E' or '\u200F' or '\u200B' or '\uFEFF' or (>= '\u202A' and <= '\u202E'))
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                if (!lastWasSpace)
                {
                    sb.Append(' ');
                }

                lastWasSpace = true;
                continue;
            }

            sb.Append(c);
            lastWasSpace = false;
        }

        return sb.ToString();
    }
}
