using TranscriptMiner.Abstractions;

namespace TranscriptMiner.Core.Detection;

/// <summary>What <see cref="FormatDetector"/> decided about a file: a media type, or a rejection with its kind and reason.</summary>
public sealed record DetectedFormat
{
    private DetectedFormat(string? mediaType, ExtractionFailureKind? failureKind, string reason, DetectionMethod method)
    {
        MediaType = mediaType;
        FailureKind = failureKind;
        Reason = reason;
        Method = method;
    }

    /// <summary>Gets the detected media type (see <see cref="MediaTypeNames"/>), or null when the file was rejected.</summary>
    public string? MediaType { get; }

    /// <summary>Gets why the file was rejected, or null when it was accepted.</summary>
    public ExtractionFailureKind? FailureKind { get; }

    /// <summary>Gets a short explanation of the decision, such as <c>zip package with word/document.xml</c> or <c>the file is empty</c>.</summary>
    public string Reason { get; }

    /// <summary>Gets what settled the decision.</summary>
    public DetectionMethod Method { get; }

    /// <summary>Gets whether a media type was detected.</summary>
    public bool IsAccepted => MediaType is not null;

    /// <summary>Creates an accepted result.</summary>
    /// <param name="mediaType">The media type.</param>
    /// <param name="method">What settled it.</param>
    /// <param name="reason">Why.</param>
    /// <returns>The result.</returns>
    public static DetectedFormat Accepted(string mediaType, DetectionMethod method, string reason)
    {
        ArgumentException.ThrowIfNullOrEmpty(mediaType);
        return new(mediaType, null, reason, method);
    }

    /// <summary>Creates a rejection.</summary>
    /// <param name="kind">Why the file cannot be extracted.</param>
    /// <param name="method">What settled it.</param>
    /// <param name="reason">A reason a researcher can act on.</param>
    /// <returns>The result.</returns>
    public static DetectedFormat Rejected(ExtractionFailureKind kind, DetectionMethod method, string reason) =>
        new(null, kind, reason, method);
}
