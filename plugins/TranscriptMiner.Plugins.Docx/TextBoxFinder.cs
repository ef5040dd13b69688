using DocumentFormat.OpenXml;

namespace TranscriptMiner.Plugins.Docx;

/// <summary>
/// Finds the text box contents (w:txbxContent) inside a drawing, a VML picture or a markup-compatibility block.
/// An mc:AlternateContent holds the same text box twice (DrawingML choice and VML fallback): only the first
/// branch that has any is used.
/// </summary>
internal static class TextBoxFinder
{
    /// <summary>Adds the outermost text box contents found under <paramref name="element"/>.</summary>
    /// <param name="element">A w:drawing, w:pict or mc:AlternateContent element.</param>
    /// <param name="found">Receives the w:txbxContent elements in document order.</param>
    internal static void Collect(OpenXmlElement element, List<OpenXmlElement> found)
    {
        if (element.LocalName == "AlternateContent")
        {
            foreach (var branch in element.ChildElements)
            {
                var before = found.Count;
                Collect(branch, found);
                if (found.Count > before)
                {
                    return;
                }
            }

            return;
        }

        foreach (var child in element.ChildElements)
        {
            if (WordNames.LocalName(child) == "txbxContent")
            {
                found.Add(child);
            }
            else
            {
                Collect(child, found);
            }
        }
    }
}
