using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using TranscriptMiner.Abstractions;

namespace TranscriptMiner.Plugins.Docx;

/// <summary>Emits footnotes and endnotes as note blocks, one per note, skipping Word's separator notes.</summary>
internal static class NoteReader
{
    /// <summary>Emits the notes of a footnotes or endnotes part.</summary>
    /// <param name="root">The part's root (w:footnotes or w:endnotes), or null.</param>
    /// <param name="walker">Reads the notes' text (a walker with its own field tracker).</param>
    /// <param name="blocks">Where the blocks go.</param>
    internal static void Emit(OpenXmlElement? root, BodyWalker walker, BlockCollector blocks)
    {
        if (root is null)
        {
            return;
        }

        foreach (var note in root.ChildElements)
        {
            if (WordNames.LocalName(note) is not ("footnote" or "endnote") || IsSeparator(note))
            {
                continue;
            }

            blocks.ThrowIfCancellationRequested();
            var (text, _) = walker.FlattenText(note);
            if (text.Length > 0)
            {
                blocks.Add(ExtractedBlock.Paragraph(text) with { IsNote = true });
            }
        }
    }

    private static bool IsSeparator(OpenXmlElement note)
    {
        var type = note switch
        {
            Footnote footnote => footnote.Type?.InnerText,
            Endnote endnote => endnote.Type?.InnerText,
            _ => null,
        };
        return type is "separator" or "continuationSeparator" or "continuationNotice";
    }
}
