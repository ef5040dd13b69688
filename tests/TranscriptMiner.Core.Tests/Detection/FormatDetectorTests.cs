using System.IO.Compression;
using System.Text;
using TranscriptMiner.Abstractions;
using TranscriptMiner.Core.Detection;

namespace TranscriptMiner.Core.Tests.Detection;

public sealed class FormatDetectorTests
{
    private readonly FormatDetector detector = new();

    [Fact]
    public void Detect_PdfBytesNamedDocx_IsPdfByMagic()
    {
        DetectedFormat format = Detect("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<<>>\nendobj\n"u8.ToArray(), "minutes.docx");

        Assert.Equal(MediaTypeNames.Pdf, format.MediaType);
        Assert.Equal(DetectionMethod.MagicBytes, format.Method);
    }

    [Fact]
    public void Detect_PdfHeaderAfterJunkWithinFirstKilobyte_IsPdf()
    {
        byte[] bytes = [.. new byte[500], .. "%PDF-1.4\n"u8.ToArray()];

        Assert.Equal(MediaTypeNames.Pdf, Detect(bytes, "paper.pdf").MediaType);
    }

    [Fact]
    public void Detect_DocxZipNamedPdf_IsDocx()
    {
        DetectedFormat format = Detect(Zip("[Content_Types].xml", "word/document.xml"), "board-paper.pdf");

        Assert.Equal(MediaTypeNames.Docx, format.MediaType);
        Assert.Equal(DetectionMethod.MagicBytes, format.Method);
    }

    [Theory]
    [InlineData("xl/workbook.xml", "Excel")]
    [InlineData("ppt/presentation.xml", "PowerPoint")]
    [InlineData("notes.txt", "zip archive")]
    public void Detect_OtherZip_IsUnsupportedNamingThePackage(string entry, string named)
    {
        DetectedFormat format = Detect(Zip(entry), "file.docx");

        Assert.Null(format.MediaType);
        Assert.Equal(ExtractionFailureKind.Unsupported, format.FailureKind);
        Assert.Contains(named, format.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Detect_TruncatedZip_IsCorrupt()
    {
        byte[] zip = Zip("word/document.xml");

        DetectedFormat format = Detect(zip[..40], "minutes.docx");

        Assert.Equal(ExtractionFailureKind.Corrupt, format.FailureKind);
    }

    [Fact]
    public void Detect_GarbageNamedDocx_IsCorrupt()
    {
        byte[] garbage = [0x13, 0x37, 0x00, 0x01, 0xFE, 0x80, 0x00, 0x42, 0x99, 0x07];

        DetectedFormat format = Detect(garbage, "minutes.docx");

        Assert.Equal(ExtractionFailureKind.Corrupt, format.FailureKind);
        Assert.Equal("named .docx but is not a zip package", format.Reason);
    }

    [Fact]
    public void Detect_PlainTextNamedPdf_IsCorrupt()
    {
        DetectedFormat format = Detect("this is not a PDF at all"u8.ToArray(), "minutes.pdf");

        Assert.Equal(ExtractionFailureKind.Corrupt, format.FailureKind);
        Assert.Equal("named .pdf but has no %PDF header", format.Reason);
    }

    [Fact]
    public void Detect_UnknownBinary_IsUnsupported()
    {
        DetectedFormat format = Detect([0x13, 0x37, 0x00, 0x01, 0xFE, 0x80, 0x00], "data.bin");

        Assert.Equal(ExtractionFailureKind.Unsupported, format.FailureKind);
    }

    [Fact]
    public void Detect_EmptyFile_IsCorrupt()
    {
        DetectedFormat format = Detect([], "minutes.pdf");

        Assert.Equal(ExtractionFailureKind.Corrupt, format.FailureKind);
        Assert.Equal("the file is empty", format.Reason);
    }

    [Theory]
    [InlineData("WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Chair>Welcome.\n", "meeting.txt", MediaTypeNames.WebVtt)]
    [InlineData("\uFEFFWEBVTT - board meeting\n\n00:01.000 --> 00:04.000\nHello\n", "meeting", MediaTypeNames.WebVtt)]
    [InlineData("1\n00:00:01,000 --> 00:00:04,000\nWelcome everyone.\n\n2\n00:00:05,000 --> 00:00:07,500\nApologies.\n", "meeting.txt", MediaTypeNames.SubRip)]
    [InlineData("<!DOCTYPE html>\n<html><body><p>Minutes</p></body></html>", "minutes.txt", MediaTypeNames.Html)]
    [InlineData("<?xml version=\"1.0\"?>\n<!-- saved by Word -->\n  <HTML lang=\"en\"><BODY>Minutes</BODY></HTML>", "minutes.doc", MediaTypeNames.Html)]
    [InlineData("00:12:31.280 Good morning.\n00:12:35.100 Thank you.\n00:12:40.000 Item 4.\n", "dump.txt", MediaTypeNames.TimestampedTranscript)]
    [InlineData("Interview 4\n[00:12:31] Interviewer: How do you use data?\n[00:12:45] P12: Mostly the dashboard.\n[00:13:02] Interviewer: Why?\n", "interview.txt", MediaTypeNames.TimestampedTranscript)]
    [InlineData("[12:31] Chair: Welcome.\n[12:40] Finance lead: The deficit.\n", "notes", MediaTypeNames.TimestampedTranscript)]
    [InlineData("# Minutes\n\nThe Committee NOTED the report.\n", "minutes.md", MediaTypeNames.Markdown)]
    [InlineData("# Minutes\n\nThe Committee NOTED the report.\n", "minutes.markdown", MediaTypeNames.Markdown)]
    [InlineData("Cue text without a header\n", "captions.vtt", MediaTypeNames.WebVtt)]
    [InlineData("The Committee NOTED the report.\n", "minutes.htm", MediaTypeNames.Html)]
    [InlineData("The Committee NOTED the report at 10:30 and closed.\n", "minutes.txt", MediaTypeNames.PlainText)]
    public void Detect_Text_IsRecognised(string text, string fileName, string expected)
    {
        DetectedFormat format = Detect(Encoding.UTF8.GetBytes(text), fileName);

        Assert.Equal(expected, format.MediaType);
    }

    [Theory]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    [InlineData("utf-32")]
    public void Detect_UnicodeWithBom_IsText(string encodingName)
    {
        Encoding encoding = Encoding.GetEncoding(encodingName);
        byte[] bytes = [.. encoding.GetPreamble(), .. encoding.GetBytes("Minutes of the Governing Body\nPresent: Dr A. Smith\n")];

        DetectedFormat format = Detect(bytes, "minutes.txt");

        Assert.Equal(MediaTypeNames.PlainText, format.MediaType);
    }

    [Fact]
    public void Detect_Utf16WebVtt_IsWebVtt()
    {
        byte[] bytes = [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("WEBVTT\n\n00:01.000 --> 00:02.000\nHi\n")];

        Assert.Equal(MediaTypeNames.WebVtt, Detect(bytes, "x.txt").MediaType);
    }

    [Theory]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D }, "PNG")]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10 }, "JPEG")]
    [InlineData(new byte[] { 0x1F, 0x8B, 0x08, 0 }, "gzip")]
    [InlineData(new byte[] { 0x4D, 0x5A, 0x90, 0 }, "MZ")]
    public void Detect_KnownBinary_IsUnsupportedNamingTheFormat(byte[] bytes, string named)
    {
        DetectedFormat format = Detect(bytes, "minutes.pdf");

        Assert.Equal(ExtractionFailureKind.Unsupported, format.FailureKind);
        Assert.Contains(named, format.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Detect_LegacyWordOle_IsUnsupportedWithAdvice()
    {
        DetectedFormat format = Detect(Ole("WordDocument"), "minutes.doc");

        Assert.Equal(ExtractionFailureKind.Unsupported, format.FailureKind);
        Assert.Equal("legacy Word 97-2003 .doc is not supported; save as .docx", format.Reason);
    }

    [Fact]
    public void Detect_EncryptedOoxmlInOle_IsEncrypted()
    {
        DetectedFormat format = Detect(Ole("EncryptionInfo", "EncryptedPackage"), "minutes.docx");

        Assert.Equal(ExtractionFailureKind.Encrypted, format.FailureKind);
        Assert.Contains("password-protected Office file", format.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Detect_Always_RewindsTheStream()
    {
        using var stream = new MemoryStream(Zip("word/document.xml"));

        detector.Detect(stream, "a.docx");

        Assert.Equal(0, stream.Position);
    }

    private static byte[] Ole(params string[] streamNames)
    {
        var bytes = new List<byte> { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 };
        bytes.AddRange(new byte[504]);
        foreach (string name in streamNames)
        {
            bytes.AddRange(Encoding.Unicode.GetBytes(name));
            bytes.AddRange(new byte[64]);
        }

        return [.. bytes];
    }

    private static byte[] Zip(params string[] entries)
    {
        using var memory = new MemoryStream();
        using (var archive = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (string entry in entries)
            {
                using var writer = new StreamWriter(archive.CreateEntry(entry).Open());
                writer.Write("<x/>");
            }
        }

        return memory.ToArray();
    }

    private DetectedFormat Detect(byte[] bytes, string fileName)
    {
        using var stream = new MemoryStream(bytes);
        return detector.Detect(stream, fileName);
    }
}
