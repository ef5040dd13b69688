using System.Text;
using TranscriptMiner.Abstractions;
using TranscriptMiner.Core.Model;

namespace TranscriptMiner.Core.Segmentation;

/// <summary>
/// Cuts an extracted document into segments with provenance: speaker turns for transcripts; attendance, agenda items,
/// tables and the action log for minutes; sections under headings (or paragraph groups) for board papers and others.
/// </summary>
/// <remarks>
/// The plain text is every non-empty block's normalised text (NFC, whitespace runs collapsed to one space, trimmed;
/// a list item as "number text"; a table row as cells joined by " | ") joined by <c>"\n\n"</c>, with footnotes moved
/// after the body. Every segment's text is exactly <c>PlainText[Start..End]</c>. Segments longer than
/// <see cref="SegmentationOptions.MaxWords"/> are split at block boundaries, then sentence ends, then spaces, then
/// anywhere; parts shorter than <see cref="SegmentationOptions.MinWords"/> are merged with a neighbour of the same
/// provenance when the result stays within the limit. Runs in time linear in the document's size.
/// </remarks>
public sealed class DocumentSegmenter
{
    private static readonly string[] NotesPath = ["Notes"];

    private readonly SegmentSplitter _splitter;

    /// <summary>Initializes a new segmenter.</summary>
    /// <param name="options">The segmentation limits.</param>
    /// <exception cref="ArgumentOutOfRangeException">MaxWords is less than 1 or MinWords is negative.</exception>
    public DocumentSegmenter(SegmentationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxWords, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegative(options.MinWords, nameof(options));
        _splitter = new SegmentSplitter(options.MaxWords, Math.Min(options.MinWords, options.MaxWords));
    }

    /// <summary>Segments <paramref name="document"/> as a document of kind <paramref name="kind"/>.</summary>
    /// <param name="document">The extracted document.</param>
    /// <param name="kind">The sort of document; decides the segmentation rules.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <returns>The plain text and its segments.</returns>
    public SegmentedDocument Segment(ExtractedDocument document, DocumentKind kind, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var (plainText, body, notes) = BuildPlainText(document, cancellationToken);

        var labels = kind switch
        {
            DocumentKind.Transcript => TranscriptLabeller.Label(body) ?? SectionLabeller.Label(body),
            DocumentKind.Minutes => MinutesLabeller.Label(body),
            _ => SectionLabeller.Label(body),
        };

        var units = new List<TextUnit>(body.Count + notes.Count);
        units.AddRange(body);
        units.AddRange(notes);
        var allLabels = new List<SegmentLabel>(units.Count);
        allLabels.AddRange(labels);
        if (notes.Count > 0)
        {
            var hasHeadings = body.Any(u => u.Block.Kind == BlockKind.Heading);
            var notesLabel = new SegmentLabel(hasHeadings ? SegmentKind.Section : SegmentKind.Paragraph) { HeadingPath = NotesPath };
            allLabels.AddRange(Enumerable.Repeat(notesLabel, notes.Count));
        }

        var parts = _splitter.Split(units, allLabels, cancellationToken);
        var segments = new Segment[parts.Count];
        for (var i = 0; i < parts.Count; i++)
        {
            var part = parts[i];
            var label = part.Label;
            segments[i] = new Segment
            {
                Ordinal = i,
                Kind = label.Kind,
                Text = plainText.Substring(part.Start, part.End - part.Start),
                Start = part.Start,
                End = part.End,
                PageStart = part.PageStart,
                PageEnd = part.PageEnd,
                HeadingPath = label.HeadingPath,
                AgendaItemNumber = label.AgendaItemNumber,
                AgendaItemTitle = label.AgendaItemTitle,
                Speaker = label.Speaker,
                CueStart = part.CueStart,
                CueEnd = part.CueEnd,
            };
        }

        return new SegmentedDocument(plainText, segments);
    }

    private static (string PlainText, List<TextUnit> Body, List<TextUnit> Notes) BuildPlainText(ExtractedDocument document, CancellationToken cancellationToken)
    {
        var builder = new StringBuilder();
        var body = new List<TextUnit>();
        var pendingNotes = new List<(ExtractedBlock Block, string Text, int Page)>();
        var page = 0;
        for (var i = 0; i < document.Blocks.Count; i++)
        {
            if ((i & 255) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var block = document.Blocks[i];
            if (block is null)
            {
                continue;
            }

            if (block.Kind == BlockKind.PageBreak)
            {
                page = Math.Max(page, block.Page);
                continue;
            }

            var blockPage = block.Page > 0 ? block.Page : page;
            var text = BlockText(block);
            if (text.Length == 0)
            {
                continue;
            }

            if (block.IsNote)
            {
                pendingNotes.Add((block, text, blockPage));
                continue;
            }

            body.Add(Append(builder, block, text, blockPage));
        }

        var notes = new List<TextUnit>(pendingNotes.Count);
        foreach (var (block, text, blockPage) in pendingNotes)
        {
            notes.Add(Append(builder, block, text, blockPage));
        }

        return (builder.ToString(), body, notes);
    }

    private static TextUnit Append(StringBuilder builder, ExtractedBlock block, string text, int page)
    {
        if (builder.Length > 0)
        {
            builder.Append("\n\n");
        }

        var start = builder.Length;
        builder.Append(text);
        return new TextUnit(block, text, start, page, TextNormalizer.CountWords(text, 0, text.Length));
    }

    private static string RowText(IReadOnlyList<string> cells)
    {
        var normalised = cells.Select(TextNormalizer.Normalize).ToArray();
        return normalised.All(c => c.Length == 0) ? string.Empty : string.Join(" | ", normalised);
    }

    private static string BlockText(ExtractedBlock block) => block.Kind switch
    {
        BlockKind.PageBreak => string.Empty,
        BlockKind.ListItem when !string.IsNullOrWhiteSpace(block.ListNumber) =>
            TextNormalizer.Normalize(block.ListNumber + " " + block.Text),
        BlockKind.TableRow when block.Cells.Count > 0 => RowText(block.Cells),
        _ => TextNormalizer.Normalize(block.Text),
    };
}
