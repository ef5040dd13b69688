using System.Text;
using System.Text.RegularExpressions;
using TranscriptMiner.Abstractions;

namespace TranscriptMiner.Core.Detection;

/// <summary>Recognises text content and, within text, captions, HTML and timestamped transcripts.</summary>
internal static partial class TextSniffer
{
    /// <summary>How many non-blank lines are looked at for the timestamped-transcript shape.</summary>
    private const int TimestampSampleLines = 20;

    /// <summary>Decodes a sample as text, or returns null when it looks binary.</summary>
    /// <param name="sample">The first bytes of the file.</param>
    /// <returns>The decoded text without a BOM, or null.</returns>
    public static string? Decode(byte[] sample)
    {
        ReadOnlySpan<byte> span = sample;
        Encoding? bomEncoding = null;
        int bomLength = 0;
        if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            (bomEncoding, bomLength) = (new UTF32Encoding(bigEndian: false, byteOrderMark: false), 4);
        }
        else if (span.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            (bomEncoding, bomLength) = (new UTF32Encoding(bigEndian: true, byteOrderMark: false), 4);
        }
        else if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            (bomEncoding, bomLength) = (new UTF8Encoding(false), 3);
        }
        else if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            (bomEncoding, bomLength) = (new UnicodeEncoding(bigEndian: false, byteOrderMark: false), 2);
        }
        else if (span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            (bomEncoding, bomLength) = (new UnicodeEncoding(bigEndian: true, byteOrderMark: false), 2);
        }

        if (bomEncoding is not null)
        {
            return bomEncoding.GetString(sample, bomLength, sample.Length - bomLength);
        }

        return LooksLikeText(span) ? new UTF8Encoding(false).GetString(sample) : null;
    }

    /// <summary>Recognises a format from the text itself, or returns null when the text says nothing specific.</summary>
    /// <param name="text">The decoded sample.</param>
    /// <returns>The detected format, or null.</returns>
    public static DetectedFormat? SniffContent(string text)
    {
        if (WebVttHeader().IsMatch(text))
        {
            return DetectedFormat.Accepted(MediaTypeNames.WebVtt, DetectionMethod.Content, "WEBVTT header");
        }

        string[] lines = text.Split('\n').Select(line => line.TrimEnd('\r')).ToArray();
        string[] nonBlank = lines.Where(line => !string.IsNullOrWhiteSpace(line)).Take(TimestampSampleLines).ToArray();
        if (nonBlank.Length >= 2 && CueNumber().IsMatch(nonBlank[0]) && SrtTiming().IsMatch(nonBlank[1]))
        {
            return DetectedFormat.Accepted(MediaTypeNames.SubRip, DetectionMethod.Content, "SubRip cue shape");
        }

        if (StartsLikeHtml(text))
        {
            return DetectedFormat.Accepted(MediaTypeNames.Html, DetectionMethod.Content, "HTML markup at the start");
        }

        int timestamped = nonBlank.Count(line => TimestampedLine().IsMatch(line));
        if (timestamped >= 2 && timestamped * 5 >= nonBlank.Length * 3)
        {
            return DetectedFormat.Accepted(MediaTypeNames.TimestampedTranscript, DetectionMethod.Content, "lines start with timestamps");
        }

        return null;
    }

    /// <summary>Chooses a text media type from the extension, defaulting to plain text.</summary>
    /// <param name="extension">The lower-case extension with its dot.</param>
    /// <returns>The detected format.</returns>
    public static DetectedFormat ByExtension(string extension) => extension switch
    {
        ".md" or ".markdown" => DetectedFormat.Accepted(MediaTypeNames.Markdown, DetectionMethod.Extension, "text named .md"),
        ".vtt" => DetectedFormat.Accepted(MediaTypeNames.WebVtt, DetectionMethod.Extension, "text named .vtt"),
        ".srt" => DetectedFormat.Accepted(MediaTypeNames.SubRip, DetectionMethod.Extension, "text named .srt"),
        ".html" or ".htm" or ".xhtml" => DetectedFormat.Accepted(MediaTypeNames.Html, DetectionMethod.Extension, "text named .html"),
        _ => DetectedFormat.Accepted(MediaTypeNames.PlainText, DetectionMethod.Content, "text"),
    };

    private static bool LooksLikeText(ReadOnlySpan<byte> span)
    {
        if (span.IndexOf((byte)0) >= 0)
        {
            return false;
        }

        int control = 0;
        foreach (byte b in span)
        {
            bool allowedControl = b is (byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0C;
            if ((b < 0x20 && !allowedControl) || b == 0x7F)
            {
                control++;
            }
        }

        return control * 20 <= span.Length;
    }

    private static bool StartsLikeHtml(string text)
    {
        int position = 0;
        while (true)
        {
            while (position < text.Length && char.IsWhiteSpace(text[position]))
            {
                position++;
            }

            if (Skip(text, ref position, "<?", "?>") || Skip(text, ref position, "<!--", "-->"))
            {
                continue;
            }

            break;
        }

        ReadOnlySpan<char> rest = text.AsSpan(position);
        return rest.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || StartsWithTag(rest, "<html")
            || StartsWithTag(rest, "<head")
            || StartsWithTag(rest, "<body");
    }

    private static bool StartsWithTag(ReadOnlySpan<char> rest, string tag) =>
        rest.StartsWith(tag, StringComparison.OrdinalIgnoreCase)
        && (rest.Length == tag.Length || rest[tag.Length] is '>' or '/' || char.IsWhiteSpace(rest[tag.Length]));

    private static bool Skip(string text, ref int position, string open, string close)
    {
        if (!text.AsSpan(position).StartsWith(open, StringComparison.Ordinal))
        {
            return false;
        }

        int end = text.IndexOf(close, position + open.Length, StringComparison.Ordinal);
        position = end < 0 ? text.Length : end + close.Length;
        return true;
    }

    [GeneratedRegex(@"\AWEBVTT(?:[ \t\r\n]|\z)")]
    private static partial Regex WebVttHeader();

    [GeneratedRegex(@"^\s*\d+\s*$")]
    private static partial Regex CueNumber();

    [GeneratedRegex(@"^\s*\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}\s*-->\s*\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}")]
    private static partial Regex SrtTiming();

    [GeneratedRegex(@"^\s*(?:\[(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?\]|(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?(?=\s))\s*\S")]
    private static partial Regex TimestampedLine();
}
