using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace TranscriptMiner.Plugins.Docx;

/// <summary>Reads a paragraph and works out what it is: heading (by style or outline level), list item, or body text.</summary>
internal sealed class ParagraphClassifier
{
    private readonly StyleCatalog _styles;
    private readonly ListNumbering _numbering;
    private readonly InlineTextReader _inline;

    internal ParagraphClassifier(StyleCatalog styles, ListNumbering numbering, FieldTracker fields)
    {
        _styles = styles;
        _numbering = numbering;
        _inline = new InlineTextReader(styles, fields);
    }

    /// <summary>Reads one paragraph, advancing list counters when it is numbered (even when it turns out empty).</summary>
    /// <param name="paragraph">The paragraph.</param>
    /// <returns>Its content.</returns>
    internal ParagraphContent Read(Paragraph paragraph)
    {
        var properties = paragraph.ParagraphProperties;
        var styleId = _styles.EffectiveParagraphStyle(properties?.ParagraphStyleId?.Val?.Value);

        var headingLevel = _styles.HeadingLevel(styleId);
        if (properties?.OutlineLevel?.Val?.Value is { } outline)
        {
            headingLevel = outline is >= 0 and <= 8 ? outline + 1 : 0;
        }

        string? number = null;
        var listLevel = 0;
        if (ResolveNumbering(properties, styleId) is { } numbering && _numbering.Next(numbering.NumberingId, numbering.Level, styleId) is { } visible)
        {
            number = visible.Number;
            listLevel = visible.Level;
        }

        var textBoxes = new List<OpenXmlElement>();
        var text = TextComposer.Compose(_inline.Read(paragraph, styleId, textBoxes));
        return new ParagraphContent(text, headingLevel, number, listLevel, _styles.DisplayName(styleId)) { TextBoxes = textBoxes };
    }

    private (int NumberingId, int? Level)? ResolveNumbering(ParagraphProperties? properties, string? styleId)
    {
        var direct = properties?.NumberingProperties;
        var inherited = _styles.InheritedNumbering(styleId);
        var numId = direct?.NumberingId?.Val?.Value;
        var level = direct?.NumberingLevelReference?.Val?.Value;
        if (numId is not null)
        {
            return (numId.Value, level ?? (inherited is { } i && i.NumberingId == numId ? i.Level : null));
        }

        return inherited is { } fromStyle ? (fromStyle.NumberingId, level ?? fromStyle.Level) : null;
    }
}
