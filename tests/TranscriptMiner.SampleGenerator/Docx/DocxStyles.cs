using DocumentFormat.OpenXml.Wordprocessing;

namespace TranscriptMiner.SampleGenerator.Docx;

/// <summary>The styles and numbering definitions shared by the generated DOCX samples.</summary>
internal static class DocxStyles
{
    /// <summary>Creates the styles part content: Normal, Title, Heading1, Heading2, ListParagraph, TableGrid, FootnoteText.</summary>
    public static Styles Create() => new(
        ParagraphStyle("Normal", "Normal", basedOn: null, size: 22, isBold: false, outline: null),
        ParagraphStyle("Title", "Title", basedOn: "Normal", size: 40, isBold: true, outline: null),
        ParagraphStyle("Heading1", "heading 1", basedOn: "Normal", size: 28, isBold: true, outline: 0),
        ParagraphStyle("Heading2", "heading 2", basedOn: "Normal", size: 24, isBold: true, outline: 1),
        ParagraphStyle("ListParagraph", "List Paragraph", basedOn: "Normal", size: 22, isBold: false, outline: null),
        ParagraphStyle("FootnoteText", "footnote text", basedOn: "Normal", size: 18, isBold: false, outline: null),
        new Style(
            new StyleName { Val = "Table Grid" },
            new StyleTableProperties(new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4 },
                new LeftBorder { Val = BorderValues.Single, Size = 4 },
                new BottomBorder { Val = BorderValues.Single, Size = 4 },
                new RightBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 },
                new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 })))
        { Type = StyleValues.Table, StyleId = "TableGrid" });

    /// <summary>Creates the numbering part: agenda references (numbering 1) and a multilevel decimal list (numbering 2).</summary>
    public static Numbering CreateNumbering() => new(
        AbstractNumbering(1, ("PCCC/22/0%1", 45, "Heading1"), ("PCCC/22/0%1.%2", 1, "Heading2")),
        AbstractNumbering(2, ("%1.", 1, null), ("%1.%2", 1, null)),
        new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = DocxWriter.AgendaNumbering },
        new NumberingInstance(new AbstractNumId { Val = 2 }) { NumberID = DocxWriter.DecimalNumbering });

    private static Style ParagraphStyle(string id, string name, string? basedOn, int size, bool isBold, int? outline)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id };
        style.Append(new StyleName { Val = name });
        if (basedOn is not null)
        {
            style.Append(new BasedOn { Val = basedOn });
        }

        style.Append(new PrimaryStyle());
        var paragraph = new StyleParagraphProperties(new SpacingBetweenLines { After = "120" });
        if (outline is not null)
        {
            paragraph.Append(new OutlineLevel { Val = outline.Value });
        }

        style.Append(paragraph);
        var run = new StyleRunProperties();
        if (isBold)
        {
            run.Append(new Bold());
        }

        run.Append(new FontSize { Val = size.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        style.Append(run);
        return style;
    }

    private static AbstractNum AbstractNumbering(int id, params (string Text, int Start, string? Style)[] levels)
    {
        var abstractNum = new AbstractNum(new MultiLevelType { Val = MultiLevelValues.Multilevel }) { AbstractNumberId = id };
        for (var i = 0; i < levels.Length; i++)
        {
            var level = new Level(
                new StartNumberingValue { Val = levels[i].Start },
                new NumberingFormat { Val = NumberFormatValues.Decimal },
                new LevelText { Val = levels[i].Text },
                new LevelJustification { Val = LevelJustificationValues.Left },
                new PreviousParagraphProperties(new Indentation { Left = (720 * (i + 1)).ToString(System.Globalization.CultureInfo.InvariantCulture), Hanging = "720" }))
            { LevelIndex = i };
            if (levels[i].Style is { } style)
            {
                level.InsertAfter(new ParagraphStyleIdInLevel { Val = style }, level.GetFirstChild<NumberingFormat>());
            }

            abstractNum.Append(level);
        }

        return abstractNum;
    }
}
