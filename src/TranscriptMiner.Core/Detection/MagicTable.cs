namespace TranscriptMiner.Core.Detection;

/// <summary>The binary signatures detection knows. Formats we extract are handled by <see cref="FormatDetector"/> itself.</summary>
internal static class MagicTable
{
    /// <summary>A zip local file header: <c>PK\x03\x04</c> (DOCX and every other OOXML/ODF package).</summary>
    public static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];

    /// <summary>An empty zip archive: end of central directory only, <c>PK\x05\x06</c>.</summary>
    public static readonly byte[] EmptyZip = [0x50, 0x4B, 0x05, 0x06];

    /// <summary>An OLE2 compound file (legacy Office 97-2003, or an encrypted OOXML package).</summary>
    public static readonly byte[] Ole2 = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>The PDF header, accepted anywhere in the first 1024 bytes as readers do.</summary>
    public static readonly byte[] Pdf = "%PDF-"u8.ToArray();

    /// <summary>How far into the file the PDF header may start.</summary>
    public const int PdfHeaderWindow = 1024;

    /// <summary>Formats recognised by their signature and refused, with the name the user sees.</summary>
    public static readonly IReadOnlyList<MagicSignature> Unsupported =
    [
        new(0, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "PNG image"),
        new(0, [0xFF, 0xD8, 0xFF], "JPEG image"),
        new(0, "GIF87a"u8.ToArray(), "GIF image"),
        new(0, "GIF89a"u8.ToArray(), "GIF image"),
        new(0, [0x49, 0x49, 0x2A, 0x00], "TIFF image"),
        new(0, [0x4D, 0x4D, 0x00, 0x2A], "TIFF image"),
        new(0, [0x1F, 0x8B], "gzip archive"),
        new(0, [0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C], "7z archive"),
        new(0, "Rar!\u001A\u0007"u8.ToArray(), "RAR archive"),
        new(0, [0x7F, 0x45, 0x4C, 0x46], "ELF executable"),
        new(0, "MZ"u8.ToArray(), "Windows executable (MZ)"),
        new(0, "{\\rtf"u8.ToArray(), "RTF document (save as .docx)"),
    ];
}
