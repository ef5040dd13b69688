using System.IO.Compression;
using TranscriptMiner.Abstractions;

namespace TranscriptMiner.Core.Detection;

/// <summary>Tells a DOCX from other zip packages by the entry names in the central directory (nothing is inflated).</summary>
internal static class ZipInspector
{
    /// <summary>Inspects a stream that starts with a zip local file header.</summary>
    /// <param name="stream">The seekable content, positioned at 0; left open.</param>
    /// <returns>DOCX, or a rejection naming the package type.</returns>
    public static DetectedFormat Inspect(Stream stream)
    {
        HashSet<string> names;
        try
        {
            using var archive = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            names = new HashSet<string>(archive.Entries.Select(entry => entry.FullName), StringComparer.OrdinalIgnoreCase);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or NotSupportedException or ArgumentException)
        {
            return DetectedFormat.Rejected(
                ExtractionFailureKind.Corrupt,
                DetectionMethod.MagicBytes,
                $"zip package cannot be read: {ex.Message}");
        }

        if (names.Contains("word/document.xml"))
        {
            return DetectedFormat.Accepted(MediaTypeNames.Docx, DetectionMethod.MagicBytes, "zip package with word/document.xml");
        }

        string packageName = names switch
        {
            _ when names.Contains("xl/workbook.xml") => "Excel workbook (.xlsx)",
            _ when names.Contains("ppt/presentation.xml") => "PowerPoint presentation (.pptx)",
            _ when names.Contains("mimetype") && names.Contains("content.xml") => "OpenDocument file (.odt/.ods/.odp)",
            _ when names.Contains("META-INF/container.xml") => "EPUB book",
            _ when names.Contains("[Content_Types].xml") => "Office package without a Word document",
            _ => "zip archive",
        };
        return DetectedFormat.Rejected(ExtractionFailureKind.Unsupported, DetectionMethod.MagicBytes, $"{packageName} is not supported");
    }
}
