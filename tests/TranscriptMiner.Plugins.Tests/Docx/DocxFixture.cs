using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using TranscriptMiner.Abstractions;
using TranscriptMiner.Plugins.Docx;

namespace TranscriptMiner.Plugins.Tests.Docx;

/// <summary>Builds small Word documents in memory from WordprocessingML fragments (the w: prefix is declared for you).</summary>
internal sealed class DocxFixture
{
    internal const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private const string Namespaces = $"xmlns:w=\"{WordNamespace}\"";

    /// <summary>Prefixes r, mc, wp, a, wps and v, for fragments with drawings and text boxes.</summary>
    private const string DrawingNamespaces =
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" "
        + "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" "
        + "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" "
        + "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
        + "xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\" "
        + "xmlns:v=\"urn:schemas-microsoft-com:vml\"";

    /// <summary>Gets or sets the content of w:body.</summary>
    public string Body { get; set; } = string.Empty;

    /// <summary>Gets or sets the content of w:styles, or null for no styles part.</summary>
    public string? Styles { get; set; }

    /// <summary>Gets or sets the content of w:numbering, or null for no numbering part.</summary>
    public string? Numbering { get; set; }

    /// <summary>Gets or sets the content of w:footnotes, or null for no footnotes part.</summary>
    public string? Footnotes { get; set; }

    /// <summary>Gets or sets the content of w:endnotes, or null for no endnotes part.</summary>
    public string? Endnotes { get; set; }

    /// <summary>Gets or sets the content of a default header (w:hdr), or null for none.</summary>
    public string? Header { get; set; }

    /// <summary>Gets or sets the content of a default footer (w:ftr), or null for none.</summary>
    public string? Footer { get; set; }

    public string? Title { get; set; }

    public string? Author { get; set; }

    /// <summary>A paragraph with one plain run per text given.</summary>
    public static string Para(params string[] runs) => "<w:p>" + string.Concat(runs.Select(Run)) + "</w:p>";

    /// <summary>A paragraph in a given style.</summary>
    public static string StyledPara(string styleId, string text) =>
        $"<w:p><w:pPr><w:pStyle w:val=\"{styleId}\"/></w:pPr>{Run(text)}</w:p>";

    /// <summary>A numbered paragraph.</summary>
    public static string NumberedPara(int numId, int level, string text) =>
        $"<w:p><w:pPr><w:numPr><w:ilvl w:val=\"{level}\"/><w:numId w:val=\"{numId}\"/></w:numPr></w:pPr>{Run(text)}</w:p>";

    /// <summary>A plain run; spaces are preserved.</summary>
    public static string Run(string text) => $"<w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r>";

    /// <summary>A bold run.</summary>
    public static string BoldRun(string text) => $"<w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">{text}</w:t></w:r>";

    /// <summary>Builds the .docx bytes.</summary>
    public byte[] Build()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var sectionReferences = string.Empty;
            if (Header is not null)
            {
                var header = main.AddNewPart<HeaderPart>();
                header.Header = new Header($"<w:hdr {Namespaces}>{Header}</w:hdr>");
                sectionReferences += $"<w:headerReference w:type=\"default\" r:id=\"{main.GetIdOfPart(header)}\" />";
            }

            if (Footer is not null)
            {
                var footer = main.AddNewPart<FooterPart>();
                footer.Footer = new Footer($"<w:ftr {Namespaces}>{Footer}</w:ftr>");
                sectionReferences += $"<w:footerReference w:type=\"default\" r:id=\"{main.GetIdOfPart(footer)}\" />";
            }

            var section = sectionReferences.Length > 0 ? $"<w:sectPr>{sectionReferences}</w:sectPr>" : string.Empty;
            main.Document = new Document(
                $"<w:document {Namespaces} {DrawingNamespaces}><w:body>{Body}{section}</w:body></w:document>");

            if (Styles is not null)
            {
                main.AddNewPart<StyleDefinitionsPart>().Styles = new Styles($"<w:styles {Namespaces}>{Styles}</w:styles>");
            }

            if (Numbering is not null)
            {
                main.AddNewPart<NumberingDefinitionsPart>().Numbering = new Numbering($"<w:numbering {Namespaces}>{Numbering}</w:numbering>");
            }

            if (Footnotes is not null)
            {
                main.AddNewPart<FootnotesPart>().Footnotes = new Footnotes($"<w:footnotes {Namespaces}>{Footnotes}</w:footnotes>");
            }

            if (Endnotes is not null)
            {
                main.AddNewPart<EndnotesPart>().Endnotes = new Endnotes($"<w:endnotes {Namespaces}>{Endnotes}</w:endnotes>");
            }

            if (Title is not null || Author is not null)
            {
                document.PackageProperties.Title = Title;
                document.PackageProperties.Creator = Author;
                document.PackageProperties.Created = new DateTime(2026, 3, 14, 9, 30, 0, DateTimeKind.Utc);
            }
        }

        return stream.ToArray();
    }

    /// <summary>Builds the document and extracts it.</summary>
    public Task<ExtractedDocument> ExtractAsync(ExtractionLimits? limits = null) => ExtractBytesAsync(Build(), limits);

    /// <summary>Extracts raw bytes with the DOCX extractor.</summary>
    public static async Task<ExtractedDocument> ExtractBytesAsync(byte[] bytes, ExtractionLimits? limits = null, CancellationToken cancellationToken = default)
    {
        using var content = new MemoryStream(bytes, writable: false);
        var request = new ExtractionRequest(content, "test.docx", MediaTypeNames.Docx, limits ?? ExtractionLimits.Default);
        return await new DocxExtractor().ExtractAsync(request, cancellationToken);
    }
}
