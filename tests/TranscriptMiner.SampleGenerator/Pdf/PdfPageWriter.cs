using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace TranscriptMiner.SampleGenerator.Pdf;

/// <summary>
/// A tiny flowing page writer over PdfPig's <see cref="PdfDocumentBuilder"/>: a cursor moving down A4 pages,
/// word wrapping by measured glyph widths, bold runs, one or more columns, simple ruled tables, and a header
/// and footer stamped on every page when the document is finished.
/// </summary>
internal sealed partial class PdfPageWriter : IDisposable
{
    private const double PageWidth = 595;
    private const double PageHeight = 842;
    private const double Margin = 56;
    private const double ContentTop = PageHeight - 78;
    private const double ContentBottom = 64;
    private const double ColumnGap = 18;
    private const double BodySize = 10;

    private readonly PdfDocumentBuilder builder = new();
    private readonly PdfDocumentBuilder.AddedFont regular;
    private readonly PdfDocumentBuilder.AddedFont bold;
    private readonly List<PdfPageBuilder> pages = [];
    private readonly Dictionary<(string Word, bool Bold, double Size), double> widths = [];
    private PdfPageBuilder page;
    private double y;
    private int columnCount = 1;
    private int column;
    private double columnTop;
    private double lowestColumnY;

    /// <summary>Initializes a new instance of the <see cref="PdfPageWriter"/> class with one empty page.</summary>
    /// <param name="title">The title written to the document information dictionary.</param>
    /// <param name="author">The author written to the document information dictionary.</param>
    /// <param name="date">The fixed creation date (keeps the bytes deterministic).</param>
    public PdfPageWriter(string title, string author, DateOnly date)
    {
        regular = builder.AddStandard14Font(Standard14Font.Helvetica);
        bold = builder.AddStandard14Font(Standard14Font.HelveticaBold);
        var stamp = date.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture) + "120000Z";
        builder.DocumentInformation.Title = title;
        builder.DocumentInformation.Author = author;
        builder.DocumentInformation.Creator = "TranscriptMiner.SampleGenerator";
        builder.DocumentInformation.Producer = "PdfPig";
        builder.DocumentInformation.CreationDate = "D:" + stamp;
        builder.DocumentInformation.ModifiedDate = "D:" + stamp;
        page = AddPage();
    }

    /// <summary>Gets the number of pages written so far.</summary>
    public int PageCount => pages.Count;

    /// <summary>Gets the height left in the current column before the footer area.</summary>
    public double RemainingHeight => y - ContentBottom;

    /// <summary>Writes a bold heading, moving to the next column or page first when it would sit alone at the bottom.</summary>
    public void Heading(string text, double size = 12)
    {
        EnsureSpace(size * 4);
        y -= size * 0.6;
        WriteWords(Words(text, isBold: true), size);
        y -= size * 0.3;
    }

    /// <summary>Writes a wrapped paragraph in the body font.</summary>
    public void Paragraph(string text, bool isBold = false, double size = BodySize) =>
        Paragraph([(text, isBold)], size);

    /// <summary>Writes a wrapped paragraph made of runs, each bold or regular (e.g. a bold label then text).</summary>
    public void Paragraph(IReadOnlyList<(string Text, bool Bold)> runs, double size = BodySize)
    {
        WriteWords(runs.SelectMany(r => Words(r.Text, r.Bold)).ToList(), size);
        y -= size * 0.6;
    }

    /// <summary>Adds vertical space.</summary>
    public void Space(double points) => y -= points;

    /// <summary>Starts a ruled table; the first row is bold. Rows never split across pages.</summary>
    public void Table(IReadOnlyList<double> columnWeights, IReadOnlyList<string[]> rows, double size = 9)
    {
        var (left, width) = ColumnBounds();
        var total = columnWeights.Sum();
        var cellWidths = columnWeights.Select(w => width * w / total).ToArray();
        const double Pad = 3;
        y -= 4;
        for (var r = 0; r < rows.Count; r++)
        {
            var cellLines = rows[r].Select((cell, i) => Wrap(Words(cell, r == 0), size, cellWidths[i] - (2 * Pad))).ToArray();
            var rowHeight = (cellLines.Max(l => l.Count) * size * 1.3) + (2 * Pad);
            if (y - rowHeight < ContentBottom)
            {
                NextColumnOrPage();
                (left, width) = ColumnBounds();
            }

            var x = left;
            for (var c = 0; c < cellWidths.Length; c++)
            {
                page.DrawRectangle(new PdfPoint(x, y - rowHeight), cellWidths[c], rowHeight, 0.5);
                var lineY = y - Pad - size;
                foreach (var line in cellLines[c])
                {
                    DrawLine(line, x + Pad, lineY, size);
                    lineY -= size * 1.3;
                }

                x += cellWidths[c];
            }

            y -= rowHeight;
        }

        y -= 8;
        lowestColumnY = Math.Min(lowestColumnY, y);
    }

    /// <summary>Switches to <paramref name="count"/> columns starting at the cursor; text fills the left column first.</summary>
    public void BeginColumns(int count)
    {
        columnCount = count;
        column = 0;
        columnTop = y;
        lowestColumnY = y;
    }

    /// <summary>Returns to one column below the lowest text written in any column.</summary>
    public void EndColumns()
    {
        y = Math.Min(lowestColumnY, y);
        columnCount = 1;
        column = 0;
    }

    /// <summary>Moves to the top of the next column (or to a new page from the last column).</summary>
    public void ColumnBreak() => NextColumnOrPage();

    /// <summary>Starts a new page (keeping the column layout, restarted at the top).</summary>
    public void NewPage()
    {
        page = AddPage();
        column = 0;
        columnTop = y;
        lowestColumnY = y;
    }

    /// <summary>Stamps the header and footer on every page and returns the PDF bytes.</summary>
    /// <param name="header">The running header, the same on every page.</param>
    /// <param name="footer">Makes the footer from the 1-based page number and the page count.</param>
    public byte[] Finish(string header, Func<int, int, string> footer)
    {
        for (var i = 0; i < pages.Count; i++)
        {
            var p = pages[i];
            p.AddText(header, 8, new PdfPoint(Margin, PageHeight - 42), regular);
            p.DrawLine(new PdfPoint(Margin, PageHeight - 48), new PdfPoint(PageWidth - Margin, PageHeight - 48), 0.5);
            var text = footer(i + 1, pages.Count);
            var footerWidth = Measure(text, false, 8);
            p.AddText(text, 8, new PdfPoint((PageWidth - footerWidth) / 2, 36), regular);
        }

        return WithFixedId(builder.Build());
    }

    /// <inheritdoc />
    public void Dispose() => builder.Dispose();

    /// <summary>Replaces PdfPig's random trailer /ID with a hash of the rest of the file (same length, so offsets hold).</summary>
    private static byte[] WithFixedId(byte[] pdf)
    {
        var text = System.Text.Encoding.Latin1.GetString(pdf);
        var match = TrailerId().Match(text);
        if (!match.Success)
        {
            return pdf;
        }

        var hash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(pdf.AsSpan(0, match.Index)))[..32];
        var fixedId = TrailerIdHex().Replace(match.Value, hash);
        System.Text.Encoding.Latin1.GetBytes(fixedId).CopyTo(pdf, match.Index);
        return pdf;
    }

    [System.Text.RegularExpressions.GeneratedRegex("/ID \\[ ?<[0-9A-F]{32}> ?<[0-9A-F]{32}> ?\\]")]
    private static partial System.Text.RegularExpressions.Regex TrailerId();

    [System.Text.RegularExpressions.GeneratedRegex("[0-9A-F]{32}")]
    private static partial System.Text.RegularExpressions.Regex TrailerIdHex();

    private static List<(string Word, bool Bold)> Words(string text, bool isBold) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => (w, isBold)).ToList();

    private PdfPageBuilder AddPage()
    {
        var added = builder.AddPage(PageSize.A4);
        pages.Add(added);
        y = ContentTop;
        return added;
    }

    private (double Left, double Width) ColumnBounds()
    {
        var width = (PageWidth - (2 * Margin) - ((columnCount - 1) * ColumnGap)) / columnCount;
        return (Margin + (column * (width + ColumnGap)), width);
    }

    private void EnsureSpace(double height)
    {
        if (y - height < ContentBottom)
        {
            NextColumnOrPage();
        }
    }

    private void NextColumnOrPage()
    {
        lowestColumnY = Math.Min(lowestColumnY, y);
        if (column < columnCount - 1)
        {
            column++;
            y = columnTop;
        }
        else
        {
            NewPage();
        }
    }

    private void WriteWords(List<(string Word, bool Bold)> words, double size)
    {
        var (left, width) = ColumnBounds();
        foreach (var line in Wrap(words, size, width))
        {
            if (y - (size * 1.35) < ContentBottom)
            {
                NextColumnOrPage();
                (left, _) = ColumnBounds();
            }

            y -= size * 1.35;
            DrawLine(line, left, y, size);
        }

        lowestColumnY = Math.Min(lowestColumnY, y);
    }

    private List<List<(string Word, bool Bold)>> Wrap(List<(string Word, bool Bold)> words, double size, double width)
    {
        var lines = new List<List<(string Word, bool Bold)>> { new() };
        var used = 0.0;
        foreach (var word in words)
        {
            var wordWidth = Measure(word.Word, word.Bold, size);
            var space = lines[^1].Count == 0 ? 0 : Measure(" ", false, size);
            if (lines[^1].Count > 0 && used + space + wordWidth > width)
            {
                lines.Add([]);
                used = 0;
                space = 0;
            }

            lines[^1].Add(word);
            used += space + wordWidth;
        }

        return lines;
    }

    /// <summary>Draws one line, one text run per change of font.</summary>
    private void DrawLine(List<(string Word, bool Bold)> line, double x, double baseline, double size)
    {
        var i = 0;
        while (i < line.Count)
        {
            var isBold = line[i].Bold;
            var run = new List<string>();
            while (i < line.Count && line[i].Bold == isBold)
            {
                run.Add(line[i++].Word);
            }

            var text = string.Join(' ', run) + (i < line.Count ? " " : string.Empty);
            page.AddText(text, size, new PdfPoint(x, baseline), isBold ? bold : regular);
            x += Measure(text, isBold, size);
        }
    }

    private double Measure(string text, bool isBold, double size)
    {
        if (widths.TryGetValue((text, isBold, size), out var known))
        {
            return known;
        }

        var letters = page.MeasureText(text, size, new PdfPoint(0, 0), isBold ? bold : regular);
        var width = letters.Count == 0 ? 0 : letters[^1].EndBaseLine.X - letters[0].StartBaseLine.X;
        widths[(text, isBold, size)] = width;
        return width;
    }
}
