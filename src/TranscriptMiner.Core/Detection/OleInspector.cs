using System.Text;
using TranscriptMiner.Abstractions;

namespace TranscriptMiner.Core.Detection;

/// <summary>
/// Tells an encrypted OOXML package from a legacy Office 97-2003 file inside an OLE2 compound file, by looking
/// for the stream names (UTF-16LE) in its directory entries.
/// </summary>
internal static class OleInspector
{
    /// <summary>How much of the compound file is scanned for directory entry names.</summary>
    private const int MaxScanBytes = 4 * 1024 * 1024;

    private static readonly byte[] EncryptedPackage = Encoding.Unicode.GetBytes("EncryptedPackage");
    private static readonly byte[] EncryptionInfo = Encoding.Unicode.GetBytes("EncryptionInfo");
    private static readonly byte[] WordDocument = Encoding.Unicode.GetBytes("WordDocument");
    private static readonly byte[] Workbook = Encoding.Unicode.GetBytes("Workbook");
    private static readonly byte[] PowerPointDocument = Encoding.Unicode.GetBytes("PowerPoint Document");

    /// <summary>Inspects a stream that starts with the OLE2 signature.</summary>
    /// <param name="stream">The seekable content, positioned at 0.</param>
    /// <returns>Always a rejection: encrypted, or an unsupported legacy format.</returns>
    public static DetectedFormat Inspect(Stream stream)
    {
        byte[] content = ReadHead(stream);
        ReadOnlySpan<byte> span = content;
        if (span.IndexOf(EncryptedPackage) >= 0 || span.IndexOf(EncryptionInfo) >= 0)
        {
            return DetectedFormat.Rejected(ExtractionFailureKind.Encrypted, DetectionMethod.MagicBytes, "password-protected Office file; remove the password and save again");
        }

        if (span.IndexOf(WordDocument) >= 0)
        {
            return DetectedFormat.Rejected(ExtractionFailureKind.Unsupported, DetectionMethod.MagicBytes, "legacy Word 97-2003 .doc is not supported; save as .docx");
        }

        if (span.IndexOf(Workbook) >= 0)
        {
            return DetectedFormat.Rejected(ExtractionFailureKind.Unsupported, DetectionMethod.MagicBytes, "legacy Excel 97-2003 .xls is not supported");
        }

        if (span.IndexOf(PowerPointDocument) >= 0)
        {
            return DetectedFormat.Rejected(ExtractionFailureKind.Unsupported, DetectionMethod.MagicBytes, "legacy PowerPoint 97-2003 .ppt is not supported");
        }

        return DetectedFormat.Rejected(ExtractionFailureKind.Unsupported, DetectionMethod.MagicBytes, "legacy Office 97-2003 file is not supported; save as .docx");
    }

    private static byte[] ReadHead(Stream stream)
    {
        int length = (int)Math.Min(stream.Length - stream.Position, MaxScanBytes);
        byte[] buffer = new byte[Math.Max(length, 0)];
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
