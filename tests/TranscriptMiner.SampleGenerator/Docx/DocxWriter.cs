using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace TranscriptMiner.SampleGenerator.Docx;

/// <summary>
/// A small DOCX writer: a real styles part (Title, Heading1, Heading2, ListParagraph, TableGrid, FootnoteText),
/// a numbering part, a footnotes part and core properties; paragraphs, bold runs, tables and footnotes.
/// Output is deterministic: fixed relationship ids, fixed dates, fixed zip entry times.
/// </summary>
internal sealed partial class DocxWriter
{
    /// <summary>Numbering instance for agenda items: "PCCC/22/0%1" (from 45) and "PCCC/22/0%1.%2".</summary>
    public const int AgendaNumbering = 1;

    /// <summary>Numbering instance for a plain multilevel decimal list: "%1." and "%1.%2".</summary>
    public const int DecimalNumbering = 2;

    private readonly Body body = new();
    private readonly List<Footnote> footnotes = [];

    /// <summary>Adds a paragraph in the given style.</summary>
    public void Paragraph(string text, string? style = null) => Paragraph([(text, false)], style);

    /// <summary>Adds a paragraph of runs, each bold or regular, in the given style.</summary>
    public void Paragraph(IReadOnlyList<(string Text, bool Bold)> runs, string? style = null, int? numberingId = null, int level = 0)
    {
        var properties = new ParagraphProperties();
        if (style is not null)
        {
            properties.Append(new ParagraphStyleId { Val = style });
        }

        if (numberingId is not null)
        {
            properties.Append(new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = numberingId.Value }));
        }

        var paragraph = new Paragraph(properties);
        foreach (var (text, isBold) in runs)
        {
            paragraph.Append(TextRun(text, isBold));
        }

        body.Append(paragraph);
    }

    /// <summary>Adds a paragraph ending with a footnote reference.</summary>
    public void ParagraphWithFootnote(string text, string footnoteText)
    {
        var id = footnotes.Count + 1;
        footnotes.Add(new Footnote(
            new Paragraph(
                new ParagraphProperties(new ParagraphStyleId { Val = "FootnoteText" }),
                new Run(new RunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }), new FootnoteReferenceMark()),
                TextRun(" " + footnoteText, false)))
        { Id = id });
        body.Append(new Paragraph(
            TextRun(text, false),
            new Run(new RunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }), new FootnoteReference { Id = id })));
    }

    /// <summary>Adds a bordered table; the first row is bold and marked as a header row.</summary>
    public void Table(IReadOnlyList<string[]> rows)
    {
        var table = new Table(new TableProperties(
            new TableStyle { Val = "TableGrid" },
            new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" }));
        var grid = new TableGrid();
        for (var c = 0; c < rows[0].Length; c++)
        {
            grid.Append(new GridColumn { Width = (9000 / rows[0].Length).ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }

        table.Append(grid);
        for (var r = 0; r < rows.Count; r++)
        {
            var row = new TableRow();
            if (r == 0)
            {
                row.Append(new TableRowProperties(new TableHeader()));
            }

            foreach (var cell in rows[r])
            {
                row.Append(new TableCell(new Paragraph(TextRun(cell, r == 0))));
            }

            table.Append(row);
        }

        body.Append(table);
        body.Append(new Paragraph());
    }

    /// <summary>Writes the document with the given core properties and returns the bytes.</summary>
    public byte[] Save(string title, string creator, DateTime created)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(body);
            main.AddNewPart<StyleDefinitionsPart>("rIdStyles").Styles = DocxStyles.Create();
            main.AddNewPart<NumberingDefinitionsPart>("rIdNumbering").Numbering = DocxStyles.CreateNumbering();
            var notes = new Footnotes(
                new Footnote(new Paragraph(new Run(new SeparatorMark()))) { Type = FootnoteEndnoteValues.Separator, Id = -1 },
                new Footnote(new Paragraph(new Run(new ContinuationSeparatorMark()))) { Type = FootnoteEndnoteValues.ContinuationSeparator, Id = 0 });
            notes.Append(footnotes);
            main.AddNewPart<FootnotesPart>("rIdFootnotes").Footnotes = notes;
            document.PackageProperties.Title = title;
            document.PackageProperties.Creator = creator;
            document.PackageProperties.LastModifiedBy = creator;
            document.PackageProperties.Created = created;
            document.PackageProperties.Modified = created;
        }

        return WithFixedEntryTimes(stream.ToArray(), created);
    }

    private static Run TextRun(string text, bool isBold)
    {
        var run = new Run();
        if (isBold)
        {
            run.Append(new RunProperties(new Bold()));
        }

        run.Append(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }

    /// <summary>Rewrites the zip with every entry stamped with the same time, so the bytes do not depend on the clock.</summary>
    private static byte[] WithFixedEntryTimes(byte[] package, DateTime stamp)
    {
        using var input = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in input.Entries)
            {
                // System.IO.Packaging names the core properties part and the package relationships at random.
                var name = RandomCorePartName().Replace(entry.FullName, "core.psmdcp");
                var copy = zip.CreateEntry(name, CompressionLevel.Optimal);
                copy.LastWriteTime = new DateTimeOffset(stamp, TimeSpan.Zero);
                using var from = entry.Open();
                using var to = copy.Open();
                if (entry.FullName == "_rels/.rels")
                {
                    using var reader = new StreamReader(from);
                    var relationships = RandomCorePartName().Replace(reader.ReadToEnd(), "core.psmdcp");
                    var next = 0;
                    relationships = RandomRelationshipId().Replace(relationships, _ => $"Id=\"rIdPackage{++next}\"");
                    using var writer = new StreamWriter(to, new System.Text.UTF8Encoding(false));
                    writer.Write(relationships);
                }
                else
                {
                    from.CopyTo(to);
                }
            }
        }

        return output.ToArray();
    }

    [System.Text.RegularExpressions.GeneratedRegex("[0-9a-f]{32}\\.psmdcp")]
    private static partial System.Text.RegularExpressions.Regex RandomCorePartName();

    [System.Text.RegularExpressions.GeneratedRegex("Id=\"R[0-9a-f]{16}\"")]
    private static partial System.Text.RegularExpressions.Regex RandomRelationshipId();
}
