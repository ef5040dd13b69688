using System.Text.RegularExpressions;
using TranscriptMiner.Abstractions;
using TranscriptMiner.Core.Model;
using TranscriptMiner.Core.Segmentation;

namespace TranscriptMiner.Core.Metadata;

/// <summary>
/// Infers what a document is from its first blocks, its own properties and its file name: kind, title, organisation,
/// committee, meeting date, attendance lists and author.
/// </summary>
/// <remarks>
/// The <em>title block</em> is the run of leading blocks before the first attendance line, agenda item or numbered
/// section, caption cue or speaker turn. The title is the document's declared title, else the first heading of the
/// title block, else its first line that is not boilerplate, else the file name turned into words. The meeting date
/// is a date after a cue ("held on", "held in public on", "Date:") in the title block, else the title block's first
/// date, else a date in the declared title, else the same search over the rest of the leading blocks (so a date in an
/// agenda item such as "Minutes of the meeting held on 16/06/2022" never beats the title block's).
/// </remarks>
public sealed partial class MetadataInferrer
{
    private const int LeadingBlocks = 60;
    private const int AttendanceBlocks = 250;
    private const int MaxBlockChars = 1000;

    private static readonly HashSet<string> JoiningWords = new(StringComparer.Ordinal) { "OF", "AND", "THE", "FOR", "IN", "ON", "AT", "TO", "A", "AN", "BY" };

    /// <summary>Infers the metadata of <paramref name="document"/>.</summary>
    /// <param name="document">The extracted document.</param>
    /// <param name="fileName">The file's name (a path is fine); used as a hint for the kind and as a last-resort title.</param>
    /// <returns>The inferred metadata; <see cref="DocumentMetadata.OverriddenFields"/> is empty.</returns>
    public DocumentMetadata Infer(ExtractedDocument document, string fileName)
    {
        ArgumentNullException.ThrowIfNull(document);
        var name = Path.GetFileName(fileName ?? string.Empty);
        var blocks = TextBlocks(document, AttendanceBlocks);
        var leading = blocks.Take(LeadingBlocks).ToList();

        var titleBlockEnd = TitleBlockEnd(leading);
        var declaredTitle = DeclaredTitle(document.Properties);
        var title = declaredTitle ?? InferTitle(leading, titleBlockEnd);
        var titleText = string.Join(" \n ", new[] { title }.Concat(leading.Where(b => b.Block.Kind == BlockKind.Heading).Take(5).Select(b => b.Text)).Concat(leading.Take(8).Select(b => b.Text)).Where(t => !string.IsNullOrEmpty(t)).Select(t => UncapitaliseLine(t!)));
        var organisation = BodyNameFinder.FindOrganisation(titleText);
        var committee = BodyNameFinder.FindCommittee(titleText);
        var kind = InferKind(leading, title, name);

        var metadata = new DocumentMetadata
        {
            Kind = kind,
            Title = title ?? FileNameTitle(name),
            Organisation = organisation?.Name,
            Committee = committee?.Name,
            MeetingDate = InferDate(leading, titleBlockEnd, declaredTitle),
            Author = string.IsNullOrWhiteSpace(document.Properties.Author) ? null : TextNormalizer.Normalize(document.Properties.Author),
        };

        if (kind is DocumentKind.Minutes or DocumentKind.Other)
        {
            var attendance = new AttendanceReader();
            attendance.Read(blocks);
            metadata = metadata with
            {
                Present = attendance.Present,
                InAttendance = attendance.InAttendance,
                Apologies = attendance.Apologies,
            };
        }

        return metadata;
    }

    private static List<(ExtractedBlock Block, string Text)> TextBlocks(ExtractedDocument document, int count)
    {
        var result = new List<(ExtractedBlock, string)>();
        foreach (var block in document.Blocks)
        {
            if (block is null || block.Kind == BlockKind.PageBreak || block.IsNote)
            {
                continue;
            }

            var raw = block.Kind == BlockKind.ListItem && !string.IsNullOrWhiteSpace(block.ListNumber) ? block.ListNumber + " " + block.Text : block.Text;
            if (raw.Length > MaxBlockChars)
            {
                raw = raw[..MaxBlockChars];
            }

            var text = TextNormalizer.Normalize(raw);
            if (text.Length == 0)
            {
                continue;
            }

            result.Add((block, text));
            if (result.Count >= count)
            {
                break;
            }
        }

        return result;
    }

    private static string? DeclaredTitle(DocumentProperties properties)
    {
        var declared = TextNormalizer.Normalize(properties.Title);
        declared = OfficePrefix().Replace(declared, string.Empty).Trim();
        return declared.Length > 0 && !FileLikeTitle().IsMatch(declared) ? declared : null;
    }

    private static string? InferTitle(List<(ExtractedBlock Block, string Text)> leading, int titleBlockEnd)
    {
        for (var i = 0; i < titleBlockEnd; i++)
        {
            if (leading[i].Block.Kind == BlockKind.Heading)
            {
                return leading[i].Text;
            }
        }

        for (var i = 0; i < titleBlockEnd; i++)
        {
            var (block, text) = leading[i];
            if (block.Kind != BlockKind.TableRow && !IsBoilerplate(text))
            {
                return text.Length > 200 ? text[..200].TrimEnd() : text;
            }
        }

        return null;
    }

    /// <summary>The file name without its extension, separators turned into spaces ("board-2023_06" is "board 2023 06").</summary>
    private static string? FileNameTitle(string fileName)
    {
        if (fileName.Length == 0)
        {
            return null;
        }

        var words = TextNormalizer.Normalize(FileNameSeparators().Replace(Path.GetFileNameWithoutExtension(fileName), " "));
        return words.Length > 0 ? words : Path.GetFileNameWithoutExtension(fileName);
    }

    /// <summary>
    /// Turns a line in capitals into the case names are written in, so "NHS WESTBURY CCG GOVERNING BODY" is found like
    /// "NHS Westbury CCG Governing Body": words of four letters or more get a capital and small letters, short joining
    /// words (of, and, the ...) small letters, and other short words (NHS, CCG, ICB) stay as they are. Other lines are
    /// returned unchanged.
    /// </summary>
    private static string UncapitaliseLine(string line)
    {
        if (!line.Any(char.IsLetter) || line.Any(char.IsLower) || line.Count(char.IsLetter) < 6)
        {
            return line;
        }

        var words = line.Split(' ');
        for (var w = 0; w < words.Length; w++)
        {
            var word = words[w];
            var letters = word.Count(char.IsLetter);
            if (JoiningWords.Contains(word))
            {
                words[w] = word.ToLowerInvariant();
            }
            else if (letters >= 4)
            {
                words[w] = word[..1] + word[1..].ToLowerInvariant();
            }
        }

        return string.Join(' ', words);
    }

    /// <summary>The index of the first leading block after the title block (see the remarks on the class).</summary>
    private static int TitleBlockEnd(List<(ExtractedBlock Block, string Text)> leading)
    {
        for (var i = 0; i < leading.Count; i++)
        {
            var (block, text) = leading[i];
            if (block.Kind == BlockKind.CaptionCue)
            {
                return i;
            }

            if (block.Kind == BlockKind.TableRow)
            {
                continue;
            }

            if (AttendanceMarkers.Match(text, out _) != AttendanceMarkers.ListKind.None
                || AgendaItemParser.Parse(new TextUnit(block, text, 0, 0, text.Split(' ').Length)) is not null
                || (block.Kind == BlockKind.Paragraph && SpeakerLabelParser.Parse(text, null) is { Speaker: not null, IsStrong: true }))
            {
                return i;
            }
        }

        return leading.Count;
    }

    private static bool IsBoilerplate(string text) => BoilerplateLine().IsMatch(text);

    private static DocumentKind InferKind(List<(ExtractedBlock Block, string Text)> leading, string? title, string fileName)
    {
        var cues = leading.Count(b => b.Block.Kind == BlockKind.CaptionCue);
        if (leading.Count > 0 && cues * 2 > leading.Count)
        {
            return DocumentKind.Transcript;
        }

        var paragraphs = leading.Where(b => b.Block.Kind is BlockKind.Paragraph or BlockKind.CaptionCue).ToList();
        var labelled = paragraphs.Count(p => SpeakerLabelParser.Parse(p.Text, null) is { Speaker: not null, IsStrong: true } || (p.Block.Style?.BoldPrefixLength > 0 && SpeakerLabelParser.Parse(p.Text, TextNormalizer.Normalize(p.Block.Text[..Math.Min(p.Block.Style.BoldPrefixLength.Value, p.Block.Text.Length)])) is { Speaker: not null }));
        var titleAndHeadings = string.Join(" \n ", new[] { title ?? string.Empty }.Concat(leading.Take(10).Where(b => b.Block.Kind == BlockKind.Heading || (b.Block.Kind != BlockKind.TableRow && b.Text.Split(' ').Length <= 15)).Select(b => b.Text)));

        if (MinutesWord().IsMatch(titleAndHeadings))
        {
            return DocumentKind.Minutes;
        }

        if (labelled >= 3 && labelled * 4 >= paragraphs.Count)
        {
            return DocumentKind.Transcript;
        }

        var hasAttendance = leading.Any(b => b.Block.Kind != BlockKind.TableRow && AttendanceMarkers.Match(b.Text, out _) != AttendanceMarkers.ListKind.None);
        var numbered = leading.Count(b => AgendaItemParser.Parse(new TextUnit(b.Block, b.Text, 0, 0, b.Text.Split(' ').Length)) is not null);
        if (hasAttendance && numbered >= 1)
        {
            return DocumentKind.Minutes;
        }

        var coverFields = leading.Count(b => b.Text.Length < 400 && CoverSheetField().IsMatch(b.Text));
        var asksForDecision = leading.Any(b => b.Text.Length < 2000 && AskedTo().IsMatch(b.Text));
        if (coverFields >= 2 || asksForDecision || (title is not null && PaperWord().IsMatch(title)))
        {
            return DocumentKind.BoardPaper;
        }

        if (MinutesWord().IsMatch(fileName))
        {
            return DocumentKind.Minutes;
        }

        if (TranscriptFileName().IsMatch(fileName) && (labelled > 0 || cues > 0))
        {
            return DocumentKind.Transcript;
        }

        return PaperWord().IsMatch(fileName) ? DocumentKind.BoardPaper : DocumentKind.Other;
    }

    private static DateOnly? InferDate(List<(ExtractedBlock Block, string Text)> leading, int titleBlockEnd, string? declaredTitle)
    {
        var inTitleBlock = FindDate(leading.Take(titleBlockEnd).Select(b => b.Text));
        if (inTitleBlock is not null)
        {
            return inTitleBlock;
        }

        if (declaredTitle is not null && FindDate([declaredTitle]) is { } inDeclaredTitle)
        {
            return inDeclaredTitle;
        }

        return FindDate(leading.Skip(titleBlockEnd).Select(b => b.Text));
    }

    /// <summary>The first date after a date cue in <paramref name="texts"/>, else the first date at all.</summary>
    private static DateOnly? FindDate(IEnumerable<string> texts)
    {
        DateOnly? first = null;
        foreach (var text in texts)
        {
            var searchFrom = 0;
            while (searchFrom < text.Length && UkDateParser.TryFind(text[searchFrom..], out var date, out var index))
            {
                var absolute = searchFrom + index;
                var before = text[Math.Max(0, absolute - 40)..absolute];
                if (DateCue().IsMatch(before))
                {
                    return date;
                }

                first ??= date;
                searchFrom = absolute + 1;
            }
        }

        return first;
    }

    [GeneratedRegex(@"^(?:Microsoft\s+(?:Word|PowerPoint)\s*-\s*)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OfficePrefix();

    [GeneratedRegex(@"(?:^untitled|\.(?:docx?|pdf|rtf|odt|txt|html?)$|^document\d*$|^(?:PowerPoint\s+Presentation|Slide\s*\d+|Title|Word\s+Document|Template|Normal)$)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex FileLikeTitle();

    [GeneratedRegex(@"^(?:OFFICIAL(?:[\s-]+SENSITIVE)?|DRAFT|CONFIDENTIAL|Page\s+\d+(?:\s+of\s+\d+)?|\d+)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex BoilerplateLine();

    [GeneratedRegex(@"\b(?:minutes|notes\s+of\s+the\s+meeting|meeting\s+notes)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MinutesWord();

    [GeneratedRegex(@"\b(?:report|paper|strategy|business\s+case|briefing|proposal)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PaperWord();

    /// <summary>The request a paper puts to its meeting: "The Board is asked to APPROVE ...", "Members are asked to note ...".</summary>
    [GeneratedRegex(@"\b(?:Board|Committee|Governing\s+Body|Group|Members|Council|Panel)\s+(?:is|are)\s+(?:asked|requested|invited)\s+to\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AskedTo();

    [GeneratedRegex(@"(?:transcript|interview)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TranscriptFileName();

    [GeneratedRegex(@"^(?:Purpose\s+of\s+(?:the\s+)?(?:report|paper)|Report\s+(?:author|from|of)|Author|Recommendations?|Executive\s+summary|Agenda\s+item(?:\s+(?:no\.?|number|ref))?|Paper\s+(?:no\.?|number|ref)|Sponsor|(?:Executive|Clinical)\s+lead|Presented\s+by|Prepared\s+by|Action\s+required|Decision\s+required)\s*(?::|$|\|)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CoverSheetField();

    [GeneratedRegex(@"[-_.\s]+", RegexOptions.CultureInvariant)]
    private static partial Regex FileNameSeparators();

    [GeneratedRegex(@"(?:held(?:\s+(?:in\s+public|in\s+private|in\s+person|virtually|remotely|online|jointly))?\s+on|meeting\s+on|date\s*(?:of\s+(?:the\s+)?meeting)?\s*:?|dated?)\s*(?:\w+day,?\s*)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DateCue();
}
