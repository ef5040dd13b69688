using TranscriptMiner.Abstractions;
using TranscriptMiner.Plugins.Pdf;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace TranscriptMiner.Plugins.Tests.Pdf;

/// <summary>Builds small PDFs in code (A4, Helvetica and Helvetica-Bold, text placed at coordinates) and extracts them.</summary>
internal sealed class TestPdf : IDisposable
{
    public const double Left = 56;
    public const double Top = 780;

    private readonly PdfDocumentBuilder builder = new();
    private readonly PdfDocumentBuilder.AddedFont regular;
    private readonly PdfDocumentBuilder.AddedFont bold;
    private PdfPageBuilder? page;

    public TestPdf()
    {
        regular = builder.AddStandard14Font(Standard14Font.Helvetica);
        bold = builder.AddStandard14Font(Standard14Font.HelveticaBold);
    }

    private PdfPageBuilder CurrentPage => page ?? throw new InvalidOperationException("Call NewPage first.");

    public TestPdf NewPage()
    {
        page = builder.AddPage(PageSize.A4);
        return this;
    }

    public TestPdf Text(string text, double x, double y, double size = 10, bool isBold = false)
    {
        CurrentPage.AddText(text, size, new PdfPoint(x, y), isBold ? bold : regular);
        return this;
    }

    /// <summary>Writes <paramref name="lines"/> one under the other from <paramref name="y"/> down with a leading of 1.2 times the size.</summary>
    public TestPdf Lines(double x, double y, double size, bool isBold, params string[] lines)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            Text(lines[i], x, y - (i * size * 1.2), size, isBold);
        }

        return this;
    }

    public TestPdf Rectangle(double x, double y, double width, double height)
    {
        CurrentPage.DrawRectangle(new PdfPoint(x, y), width, height, 1, fill: true);
        return this;
    }

    public TestPdf Information(string title, string author, string creationDate)
    {
        builder.DocumentInformation.Title = title;
        builder.DocumentInformation.Author = author;
        builder.DocumentInformation.CreationDate = creationDate;
        return this;
    }

    public byte[] Build() => builder.Build();

    public void Dispose() => builder.Dispose();

    public static async Task<ExtractedDocument> ExtractAsync(byte[] pdf, ExtractionLimits? limits = null, CancellationToken cancellationToken = default)
    {
        using var stream = new MemoryStream(pdf, writable: false);
        var request = new ExtractionRequest(stream, "test.pdf", MediaTypeNames.Pdf, limits ?? ExtractionLimits.Default);
        return await new PdfExtractor().ExtractAsync(request, cancellationToken);
    }

    public static async Task<ExtractedDocument> ExtractAsync(Func<TestPdf, TestPdf> build)
    {
        using var pdf = new TestPdf();
        return await ExtractAsync(build(pdf).Build());
    }

    /// <summary>The text of every non-break block, joined by newlines, in reading order.</summary>
    public static string AllText(ExtractedDocument document) =>
        string.Join('\n', document.Blocks.Where(block => block.Kind != BlockKind.PageBreak).Select(block => block.Text));
}
