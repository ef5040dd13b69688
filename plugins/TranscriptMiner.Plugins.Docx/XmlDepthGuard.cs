using System.Xml;
using TranscriptMiner.Abstractions;

namespace TranscriptMiner.Plugins.Docx;

/// <summary>
/// Streams an XML part with a forward-only reader and refuses it when elements nest deeper than allowed,
/// so the OpenXml DOM (which recurses) never sees a pathologically deep tree.
/// </summary>
internal static class XmlDepthGuard
{
    /// <summary>
    /// Extra depth allowed on top of <see cref="ExtractionLimits.MaxNestingDepth"/>: WordprocessingML nests about
    /// 15-20 levels in a normal document (body, table, row, cell, content control, paragraph, run ...) and more
    /// with tables inside tables, so a small configured limit must not reject ordinary documents.
    /// </summary>
    internal const int WordprocessingMargin = 64;

    /// <summary>Gets the depth allowed for the given limits.</summary>
    /// <param name="limits">The host's limits.</param>
    /// <returns>The deepest element depth accepted.</returns>
    internal static int AllowedDepth(ExtractionLimits limits) => Math.Max(0, limits.MaxNestingDepth) + WordprocessingMargin;

    /// <summary>Reads the whole part and throws when it nests too deeply or is not well-formed XML.</summary>
    /// <param name="part">The part's content; disposed by the caller.</param>
    /// <param name="partName">The part's name, for messages.</param>
    /// <param name="maxDepth">The deepest element depth accepted.</param>
    /// <param name="cancellationToken">Observed while reading.</param>
    internal static void EnsureWithin(Stream part, string partName, int maxDepth, CancellationToken cancellationToken)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreWhitespace = true,
            IgnoreProcessingInstructions = true,
            CloseInput = false,
        };

        try
        {
            using var reader = XmlReader.Create(part, settings);
            var count = 0;
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && reader.Depth > maxDepth)
                {
                    throw new ExtractionException(
                        ExtractionFailureKind.TooLarge,
                        $"the Word part '{partName}' nests XML elements more than {maxDepth} levels deep, which no real document does");
                }

                if (++count % 4096 == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }
            }
        }
        catch (XmlException ex)
        {
            throw new ExtractionException(ExtractionFailureKind.Corrupt, $"not a valid Word document: the part '{partName}' is not well-formed XML ({ex.Message})", ex);
        }
    }
}
