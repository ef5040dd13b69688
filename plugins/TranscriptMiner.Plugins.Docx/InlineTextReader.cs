using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace TranscriptMiner.Plugins.Docx;

/// <summary>
/// Reads the runs of one paragraph into text pieces as Word displays them: insertions kept and deletions dropped,
/// field results instead of field codes, tabs and breaks as spaces, hidden text left out. Text boxes found in
/// drawings are not read inline; they are handed back so the caller can emit their paragraphs after this one.
/// </summary>
internal sealed class InlineTextReader
{
    private readonly StyleCatalog _styles;
    private readonly FieldTracker _fields;

    internal InlineTextReader(StyleCatalog styles, FieldTracker fields)
    {
        _styles = styles;
        _fields = fields;
    }

    /// <summary>Reads a paragraph's inline content.</summary>
    /// <param name="paragraph">The paragraph.</param>
    /// <param name="paragraphStyleId">The paragraph style in effect, for run formatting.</param>
    /// <param name="textBoxes">Receives the content (w:txbxContent) of text boxes anchored in the paragraph.</param>
    /// <returns>The pieces of visible text in order.</returns>
    internal List<TextPiece> Read(Paragraph paragraph, string? paragraphStyleId, List<OpenXmlElement> textBoxes)
    {
        var pieces = new List<TextPiece>();
        ReadChildren(paragraph, paragraphStyleId, pieces, textBoxes);
        _fields.OnParagraphEnd();
        return pieces;
    }

    private void ReadChildren(OpenXmlElement container, string? styleId, List<TextPiece> pieces, List<OpenXmlElement> textBoxes)
    {
        foreach (var child in container.ChildElements)
        {
            switch (WordNames.LocalName(child))
            {
                case "r":
                    ReadRun(child, styleId, pieces, textBoxes);
                    break;
                case "sdt":
                    foreach (var content in child.ChildElements.Where(c => WordNames.LocalName(c) == "sdtContent"))
                    {
                        ReadChildren(content, styleId, pieces, textBoxes);
                    }

                    break;
                case "hyperlink" or "ins" or "moveTo" or "smartTag" or "customXml" or "fldSimple" or "bdo" or "dir":
                    ReadChildren(child, styleId, pieces, textBoxes);
                    break;

                // del, moveFrom, pPr, bookmarks, comment ranges, proofing marks and anything unknown are not displayed text.
                default:
                    break;
            }
        }
    }

    private void ReadRun(OpenXmlElement run, string? styleId, List<TextPiece> pieces, List<OpenXmlElement> textBoxes)
    {
        var properties = run.GetFirstChild<RunProperties>();
        if (StyleCatalog.OnOff(properties?.Vanish) == true)
        {
            return;
        }

        var format = _styles.ResolveRun(properties, styleId);
        foreach (var child in run.ChildElements)
        {
            var name = WordNames.LocalName(child);
            if (name == "fldChar")
            {
                _fields.OnFieldChar((child as FieldChar)?.FieldCharType?.InnerText);
                continue;
            }

            if (!_fields.ShowsText)
            {
                continue;
            }

            if (name is "drawing" or "pict" || child.LocalName == "AlternateContent")
            {
                TextBoxFinder.Collect(child, textBoxes);
                continue;
            }

            var text = name switch
            {
                "t" => child.InnerText,
                "tab" or "ptab" or "br" or "cr" => " ",
                "noBreakHyphen" => "-",
                "sym" => Symbol(child as SymbolChar),

                // softHyphen, instrText, delText, footnote references, embedded objects and the like show no text.
                _ => null,
            };

            if (!string.IsNullOrEmpty(text))
            {
                pieces.Add(new TextPiece(text, format));
            }
        }
    }

    /// <summary>Maps a w:sym to a character; symbol-font glyphs in the private use area are kept only for bullets.</summary>
    private static string? Symbol(SymbolChar? symbol)
    {
        if (!int.TryParse(symbol?.Char?.Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code) || code <= 0 || code > 0xFFFF)
        {
            return null;
        }

        if (code >= 0xF000 && code <= 0xF0FF)
        {
            return code is 0xF0B7 or 0xF0A7 or 0xF06C ? NumberFormatter.Bullet : null;
        }

        var c = (char)code;
        return char.IsSurrogate(c) || char.IsControl(c) ? null : c.ToString();
    }
}
