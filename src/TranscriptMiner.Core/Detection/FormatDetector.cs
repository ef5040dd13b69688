using TranscriptMiner.Abstractions;

namespace TranscriptMiner.Core.Detection;

/// <summary>
/// Decides what a file is before any extractor sees it, Apache Tika style: magic bytes first, then the text
/// content, and the extension only when the content says nothing more specific. A <c>.pdf</c> that is really a
/// zip is a zip; garbage named <c>.docx</c> is rejected as corrupt.
/// </summary>
public sealed class FormatDetector
{
    /// <summary>How many bytes from the start of the file are sampled.</summary>
    public const int SampleSize = 8192;

    /// <summary>Detects the format of <paramref name="stream"/>.</summary>
    /// <param name="stream">The content: readable and seekable. It is rewound to its start before returning.</param>
    /// <param name="fileName">The file's name; only its extension is used, and only as a fallback.</param>
    /// <returns>The detected media type, or a rejection with its kind and reason.</returns>
    public DetectedFormat Detect(Stream stream, string fileName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(fileName);
        if (!stream.CanRead || !stream.CanSeek)
        {
            throw new ArgumentException("The stream must be readable and seekable.", nameof(stream));
        }

        string extension = Path.GetExtension(fileName).ToLowerInvariant();
        try
        {
            stream.Position = 0;
            byte[] sample = ReadSample(stream);
            return Detect(stream, sample, extension);
        }
        finally
        {
            stream.Position = 0;
        }
    }

    private static DetectedFormat Detect(Stream stream, byte[] sample, string extension)
    {
        if (sample.Length == 0)
        {
            return DetectedFormat.Rejected(ExtractionFailureKind.Corrupt, DetectionMethod.MagicBytes, "the file is empty");
        }

        ReadOnlySpan<byte> span = sample;
        if (span.StartsWith(MagicTable.Zip))
        {
            stream.Position = 0;
            return ZipInspector.Inspect(stream);
        }

        if (span.StartsWith(MagicTable.EmptyZip))
        {
            return DetectedFormat.Rejected(ExtractionFailureKind.Unsupported, DetectionMethod.MagicBytes, "empty zip archive is not supported");
        }

        if (span.StartsWith(MagicTable.Ole2))
        {
            stream.Position = 0;
            return OleInspector.Inspect(stream);
        }

        if (span[..Math.Min(span.Length, MagicTable.PdfHeaderWindow)].IndexOf(MagicTable.Pdf) >= 0)
        {
            return DetectedFormat.Accepted(MediaTypeNames.Pdf, DetectionMethod.MagicBytes, "%PDF header");
        }

        foreach (MagicSignature signature in MagicTable.Unsupported)
        {
            if (signature.Matches(span))
            {
                return DetectedFormat.Rejected(
                    ExtractionFailureKind.Unsupported,
                    DetectionMethod.MagicBytes,
                    $"{signature.FormatName} is not supported");
            }
        }

        string? text = TextSniffer.Decode(sample);
        if (text is not null)
        {
            DetectedFormat? byContent = TextSniffer.SniffContent(text);
            if (byContent is not null)
            {
                return byContent;
            }
        }

        DetectedFormat? claimedBinary = RejectFalseBinaryClaim(extension);
        if (claimedBinary is not null)
        {
            return claimedBinary;
        }

        if (text is null)
        {
            return DetectedFormat.Rejected(ExtractionFailureKind.Unsupported, DetectionMethod.MagicBytes, "unknown binary format is not supported");
        }

        return TextSniffer.ByExtension(extension);
    }

    private static DetectedFormat? RejectFalseBinaryClaim(string extension) => extension switch
    {
        ".pdf" => DetectedFormat.Rejected(ExtractionFailureKind.Corrupt, DetectionMethod.MagicBytes, "named .pdf but has no %PDF header"),
        ".docx" or ".docm" or ".dotx" => DetectedFormat.Rejected(ExtractionFailureKind.Corrupt, DetectionMethod.MagicBytes, $"named {extension} but is not a zip package"),
        ".doc" => DetectedFormat.Rejected(ExtractionFailureKind.Corrupt, DetectionMethod.MagicBytes, "named .doc but is not a Word document"),
        _ => null,
    };

    private static byte[] ReadSample(Stream stream)
    {
        byte[] buffer = new byte[SampleSize];
        int total = 0;
        while (total < buffer.Length)
        {
            int read = stream.Read(buffer, total, buffer.Length - total);
            if (read == 0)
            {
                break;
            }

            total += read;
        }

        return total == buffer.Length ? buffer : buffer[..total];
    }
}
