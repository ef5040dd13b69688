namespace TranscriptMiner.Abstractions;

/// <summary>The media types detection produces and extractors declare.</summary>
public static class MediaTypeNames
{
    /// <summary>PDF.</summary>
    public const string Pdf = "application/pdf";

    /// <summary>Word (OOXML) document.</summary>
    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>Plain text.</summary>
    public const string PlainText = "text/plain";

    /// <summary>Markdown.</summary>
    public const string Markdown = "text/markdown";

    /// <summary>HTML.</summary>
    public const string Html = "text/html";

    /// <summary>WebVTT captions.</summary>
    public const string WebVtt = "text/vtt";

    /// <summary>SubRip captions.</summary>
    public const string SubRip = "application/x-subrip";

    /// <summary>A plain-text transcript whose lines start with a timestamp: <c>00:12:31.280 text</c> or <c>[00:12:31] Name: text</c>.</summary>
    public const string TimestampedTranscript = "text/x-timestamped-transcript";
}
