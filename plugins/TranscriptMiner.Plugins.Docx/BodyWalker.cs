using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using TranscriptMiner.Abstractions;

namespace TranscriptMiner.Plugins.Docx;

/// <summary>
/// Walks block-level WordprocessingML (body, content controls, tables) in document order and emits headings,
/// paragraphs, list items and table rows. Nested tables are flattened into the text of the cell holding them;
/// text boxes are read after the paragraph they are anchored in.
/// </summary>
internal sealed class BodyWalker
{
    private readonly ParagraphClassifier _paragraphs;
    private readonly BlockCollector _blocks;

    internal BodyWalker(ParagraphClassifier paragraphs, BlockCollector blocks)
    {
        _paragraphs = paragraphs;
        _blocks = blocks;
    }

    /// <summary>Emits the blocks of a container such as the body.</summary>
    /// <param name="container">The container.</param>
    internal void Walk(OpenXmlElement container)
    {
        foreach (var child in BlockElements(container))
        {
            if (child is Paragraph paragraph)
            {
                EmitParagraph(paragraph);
            }
            else if (child is Table table)
            {
                EmitTable(table);
            }
        }
    }

    /// <summary>Reads all the text of a container (a table cell, a note) as one line, paragraphs joined by spaces.</summary>
    /// <param name="container">The container.</param>
    /// <returns>The text, with list numbers in front of numbered paragraphs, and whether all of it is bold.</returns>
    internal (string Text, bool AllBold) FlattenText(OpenXmlElement container)
    {
        var parts = new List<string>();
        var allBold = true;
        Flatten(container, parts, ref allBold);
        return (string.Join(' ', parts), allBold && parts.Count > 0);
    }

    /// <summary>Yields paragraphs and tables in order, looking through content controls, custom XML and tracked insertions.</summary>
    private static IEnumerable<OpenXmlElement> BlockElements(OpenXmlElement container)
    {
        foreach (var child in container.ChildElements)
        {
            switch (WordNames.LocalName(child))
            {
                case "p" or "tbl":
                    yield return child;
                    break;
                case "sdt" when !IsTableOfContents(child):
                    foreach (var content in child.ChildElements.Where(c => WordNames.LocalName(c) == "sdtContent"))
                    {
                        foreach (var inner in BlockElements(content))
                        {
                            yield return inner;
                        }
                    }

                    break;
                case "customXml" or "ins" or "moveTo":
                    foreach (var inner in BlockElements(child))
                    {
                        yield return inner;
                    }

                    break;
                default:
                    break;
            }
        }
    }

    /// <summary>
    /// A table of contents (a content control from the "Table of Contents" gallery) repeats the headings with page
    /// numbers; it is left out so that agenda numbers and headings are read once, where they stand.
    /// </summary>
    private static bool IsTableOfContents(OpenXmlElement contentControl) =>
        contentControl.ChildElements
            .Where(c => WordNames.LocalName(c) == "sdtPr")
            .SelectMany(p => p.ChildElements)
            .Where(c => WordNames.LocalName(c) == "docPartObj")
            .SelectMany(o => o.ChildElements)
            .Any(g => WordNames.LocalName(g) == "docPartGallery" && g is DocPartGallery gallery
                && string.Equals(gallery.Val?.Value, "Table of Contents", StringComparison.OrdinalIgnoreCase));

    /// <summary>Yields the children of a given local name, looking through content controls and custom XML (rows in a table, cells in a row).</summary>
    private static IEnumerable<OpenXmlElement> Children(OpenXmlElement container, string localName)
    {
        foreach (var child in container.ChildElements)
        {
            var name = WordNames.LocalName(child);
            if (name == localName)
            {
                yield return child;
            }
            else if (name is "sdt" or "customXml" or "sdtContent")
            {
                foreach (var inner in Children(child, localName))
                {
                    yield return inner;
                }
            }
        }
    }

    private void EmitParagraph(Paragraph paragraph)
    {
        _blocks.ThrowIfCancellationRequested();
        var content = _paragraphs.Read(paragraph);
        EmitParagraph(content);
        foreach (var textBox in content.TextBoxes)
        {
            Walk(textBox);
        }
    }

    private void EmitParagraph(ParagraphContent content)
    {
        var text = content.Text;
        if (text.Text.Length == 0)
        {
            return;
        }

        var style = new StyleHints
        {
            Bold = text.AllBold,
            Italic = text.AllItalic,
            FontSize = text.FontSizeHalfPoints / 2.0,
            StyleName = content.StyleName,
            BoldPrefixLength = content.HeadingLevel == 0 && text.BoldPrefixLength > 0 ? text.BoldPrefixLength : null,
        };

        if (content.HeadingLevel > 0)
        {
            var headingText = content.ListNumber == NumberFormatter.Bullet ? text.Text : content.TextWithNumber;
            _blocks.Add(ExtractedBlock.Heading(headingText, content.HeadingLevel) with { Style = style });
        }
        else if (!string.IsNullOrEmpty(content.ListNumber))
        {
            _blocks.Add(ExtractedBlock.ListItem(text.Text, content.ListNumber, content.ListLevel) with { Style = style });
        }
        else
        {
            _blocks.Add(ExtractedBlock.Paragraph(text.Text) with { Style = style });
        }
    }

    private void EmitTable(Table table)
    {
        var first = true;
        var headerRun = true;
        foreach (var row in Children(table, "tr"))
        {
            _blocks.ThrowIfCancellationRequested();
            if (IsDeletedRow(row))
            {
                continue;
            }

            var cells = new List<string>();
            var allBold = true;
            foreach (var cell in Children(row, "tc"))
            {
                var (text, bold) = FlattenText(cell);
                cells.Add(text);
                allBold &= bold || text.Length == 0;
            }

            if (cells.All(c => c.Length == 0))
            {
                continue;
            }

            var markedHeader = IsMarkedHeader(row);
            var isHeader = (headerRun && markedHeader) || (first && allBold);
            headerRun &= markedHeader;
            first = false;
            _blocks.Add(ExtractedBlock.TableRow(cells, isHeader: isHeader));
        }
    }

    private static bool IsMarkedHeader(OpenXmlElement row) =>
        row.GetFirstChild<TableRowProperties>()?.GetFirstChild<TableHeader>() is { } header
        && (header.Val is null || header.Val.Value == OnOffOnlyValues.On);

    private static bool IsDeletedRow(OpenXmlElement row) =>
        row.GetFirstChild<TableRowProperties>()?.GetFirstChild<Deleted>() is not null;

    private void Flatten(OpenXmlElement container, List<string> parts, ref bool allBold)
    {
        foreach (var child in BlockElements(container))
        {
            if (child is Paragraph paragraph)
            {
                var content = _paragraphs.Read(paragraph);
                var text = content.TextWithNumber;
                if (content.Text.Text.Length > 0)
                {
                    parts.Add(text);
                    allBold &= content.Text.AllBold;
                }

                foreach (var textBox in content.TextBoxes)
                {
                    Flatten(textBox, parts, ref allBold);
                }
            }
            else if (child is Table nested)
            {
                foreach (var row in Children(nested, "tr"))
                {
                    foreach (var cell in Children(row, "tc"))
                    {
                        Flatten(cell, parts, ref allBold);
                    }
                }
            }
        }
    }
}
