using System.Text;
using TranscriptMiner.Abstractions;

namespace TranscriptMiner.Plugins.Text;

/// <summary>
/// Turns decoded plain text or Markdown into blocks in one pass over its lines: paragraphs are runs of non-blank
/// lines joined with a space, except that a line starting with a speaker label always starts a new paragraph and,
/// in a transcript (most lines labelled), every line is its own paragraph. Markdown adds headings, list items,
/// pipe tables, block quotes, fenced code and inline markup stripping. Plain text gets underlined and short
/// ALL-CAPS headings.
/// </summary>
internal sealed class TextBlockReader
{
    private const int TranscriptSampleLines = 200;
    private const int MaxCapsHeadingChars = 80;

    private readonly BlockSink _sink;
    private readonly bool _markdown;
    private readonly CancellationToken _cancellationToken;
    private readonly StringBuilder _paragraph = new();
    private int _paragraphLines;
    private string? _listNumber;
    private int _listLevel;
    private bool _inFence;
    private int _tableRows;
    private bool _transcriptMode;

    public TextBlockReader(BlockSink sink, bool markdown, CancellationToken cancellationToken)
    {
        _sink = sink;
        _markdown = markdown;
        _cancellationToken = cancellationToken;
    }

    public void Read(string text)
    {
        _transcriptMode = LooksLikeTranscript(text);
        var lineNumber = 0;
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            if ((++lineNumber & 4095) == 0)
            {
                _cancellationToken.ThrowIfCancellationRequested();
            }

            ReadLine(line.TrimEnd());
        }

        Flush();
    }

    private void ReadLine(ReadOnlySpan<char> line)
    {
        if (_inFence)
        {
            if (IsFence(line.TrimStart()))
            {
                _inFence = false;
                Flush();
            }
            else if (!line.IsWhiteSpace())
            {
                AppendText(line.Trim());
            }

            return;
        }

        if (line.IsWhiteSpace())
        {
            Flush();
            _tableRows = 0;
            return;
        }

        var indent = line.Length - line.TrimStart().Length;
        var text = line.TrimStart();
        if (_markdown && TryReadMarkdownStructure(text, indent))
        {
            return;
        }

        _tableRows = 0;
        if (TryReadUnderline(text))
        {
            return;
        }

        if (_markdown && text[0] == '>')
        {
            text = text.TrimStart('>').TrimStart();
            if (text.IsEmpty)
            {
                Flush();
                return;
            }
        }

        ReadTextLine(text);
    }

    /// <summary>Fences, table rows and separators, ATX headings and list items. Returns whether the line was consumed.</summary>
    private bool TryReadMarkdownStructure(ReadOnlySpan<char> text, int indent)
    {
        if (IsFence(text))
        {
            Flush();
            _inFence = true;
            _tableRows = 0;
            return true;
        }

        if (IsTableSeparator(text))
        {
            if (_tableRows == 1 && _sink.Last is { Kind: BlockKind.TableRow } headerRow)
            {
                _sink.ReplaceLast(headerRow with { IsHeaderRow = true });
            }
            else if (_paragraphLines == 1 && _listNumber is null && _paragraph.ToString().Contains('|', StringComparison.Ordinal))
            {
                var header = _paragraph.ToString();
                ResetParagraph();
                _sink.Add(ExtractedBlock.TableRow(SplitCells(header), isHeader: true));
                _tableRows = 1;
            }

            return true;
        }

        if (text[0] == '|' || (_tableRows > 0 && text.Contains('|')))
        {
            Flush();
            _sink.Add(ExtractedBlock.TableRow(SplitCells(text)));
            _tableRows++;
            return true;
        }

        if (text[0] == '#')
        {
            var level = text.Length - text.TrimStart('#').Length;
            if (level <= 6 && (level == text.Length || text[level] is ' ' or '\t'))
            {
                Flush();
                var content = text[level..].Trim().TrimEnd('#').TrimEnd();
                if (!content.IsEmpty)
                {
                    _sink.Add(ExtractedBlock.Heading(MarkdownInline.Strip(content), level));
                }

                return true;
            }
        }

        if (!IsRule(text, '-') && !IsRule(text, '*') && TryReadListMarker(text, out var number, out var markerLength))
        {
            Flush();
            _listNumber = number;
            _listLevel = indent / 2;
            var content = text[markerLength..].Trim();
            if (!content.IsEmpty)
            {
                AppendText(MarkdownInline.Strip(content));
            }

            return true;
        }

        return false;
    }

    /// <summary>"====" or "----" under a one-line paragraph makes it a heading; a rule on its own is dropped.</summary>
    private bool TryReadUnderline(ReadOnlySpan<char> text)
    {
        var equals = IsRule(text, '=');
        var dashes = IsRule(text, '-');
        var otherRule = _markdown && (IsRule(text, '*') || IsRule(text, '_'));
        if (!equals && !dashes && !otherRule)
        {
            return false;
        }

        if ((equals || dashes) && _paragraphLines == 1 && _listNumber is null)
        {
            var heading = _paragraph.ToString().Trim();
            ResetParagraph();
            _sink.Add(ExtractedBlock.Heading(heading, equals ? 1 : 2));
        }
        else
        {
            Flush();
        }

        return true;
    }

    private void ReadTextLine(ReadOnlySpan<char> text)
    {
        var content = _markdown ? MarkdownInline.Strip(text).AsSpan().Trim() : text;
        if (content.IsEmpty)
        {
            return;
        }

        if (_listNumber is not null)
        {
            AppendText(content);
            return;
        }

        if (_paragraphLines > 0 && (_transcriptMode || StartsTurn(content)))
        {
            Flush();
        }

        if (!_markdown && !_transcriptMode && _paragraphLines == 0 && IsCapsHeading(content))
        {
            _sink.Add(ExtractedBlock.Heading(content.ToString(), 2));
            return;
        }

        AppendText(content);
    }

    /// <summary>Appends a line to the open paragraph, emitting full chunks as it goes so a huge line stays linear.</summary>
    private void AppendText(ReadOnlySpan<char> content)
    {
        if (_paragraph.Length > 0)
        {
            _paragraph.Append(' ');
        }

        _paragraphLines++;
        while (!content.IsEmpty)
        {
            var take = Math.Min(content.Length, BlockSink.MaxParagraphChars);
            _paragraph.Append(content[..take]);
            content = content[take..];
            if (_listNumber is null)
            {
                _sink.DrainLongParagraph(_paragraph);
            }
        }
    }

    private void Flush()
    {
        if (_paragraph.Length > 0)
        {
            var text = _paragraph.ToString().Trim();
            if (text.Length > 0)
            {
                _sink.Add(_listNumber is null
                    ? ExtractedBlock.Paragraph(text)
                    : ExtractedBlock.ListItem(text, _listNumber, _listLevel));
            }
        }

        ResetParagraph();
    }

    private void ResetParagraph()
    {
        _paragraph.Clear();
        _paragraphLines = 0;
        _listNumber = null;
        _listLevel = 0;
    }

    private bool LooksLikeTranscript(string text)
    {
        int lines = 0, labelled = 0;
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            var trimmed = line.TrimStart();
            if (trimmed.IsEmpty)
            {
                continue;
            }

            if (_markdown)
            {
                trimmed = trimmed.TrimStart("*_");
            }

            if (StartsTurn(trimmed))
            {
                labelled++;
            }

            if (++lines == TranscriptSampleLines)
            {
                break;
            }
        }

        return labelled >= 2 && labelled * 2 >= lines;
    }

    /// <summary>A line that opens a speaker turn: a speaker label, or a timestamp such as <c>[00:12:31]</c> or <c>00:12:31</c>.</summary>
    private static bool StartsTurn(ReadOnlySpan<char> line) => SpeakerLabel.StartsWithLabel(line) || StartsWithTimestamp(line);

    private static bool StartsWithTimestamp(ReadOnlySpan<char> line)
    {
        var start = line.Length > 0 && line[0] is '[' or '(' ? 1 : 0;
        var digits = 0;
        while (start + digits < line.Length && digits < 3 && char.IsAsciiDigit(line[start + digits]))
        {
            digits++;
        }

        var colon = start + digits;
        return digits is 1 or 2 && colon + 2 < line.Length && line[colon] == ':'
            && char.IsAsciiDigit(line[colon + 1]) && char.IsAsciiDigit(line[colon + 2]);
    }

    private static bool IsCapsHeading(ReadOnlySpan<char> text)
    {
        if (text.Length > MaxCapsHeadingChars || text[^1] is ':' or '.' or ',' or ';' || SpeakerLabel.StartsWithLabel(text))
        {
            return false;
        }

        var letters = 0;
        foreach (var c in text)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            if (char.IsLetter(c))
            {
                letters++;
            }
        }

        return letters >= 3;
    }

    private static bool IsFence(ReadOnlySpan<char> text) => text.StartsWith("```") || text.StartsWith("~~~");

    /// <summary>Three or more of <paramref name="marker"/>, optionally separated by spaces, and nothing else.</summary>
    private static bool IsRule(ReadOnlySpan<char> text, char marker)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (c == marker)
            {
                count++;
            }
            else if (c is not (' ' or '\t'))
            {
                return false;
            }
        }

        return count >= 3;
    }

    /// <summary>A pipe-table separator row such as <c>|---|:--:|</c>.</summary>
    private static bool IsTableSeparator(ReadOnlySpan<char> text)
    {
        bool pipe = false, dash = false;
        foreach (var c in text)
        {
            switch (c)
            {
                case '|':
                    pipe = true;
                    break;
                case '-':
                    dash = true;
                    break;
                case ':' or ' ' or '\t':
                    break;
                default:
                    return false;
            }
        }

        return pipe && dash;
    }

    private static bool TryReadListMarker(ReadOnlySpan<char> text, out string number, out int markerLength)
    {
        number = string.Empty;
        markerLength = 0;
        if (text.Length >= 2 && text[0] is '-' or '*' or '+' && text[1] is ' ' or '\t')
        {
            number = "\u2022";
            markerLength = 2;
            return true;
        }

        var digits = 0;
        while (digits < text.Length && digits < 9 && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }

        if (digits == 0 || digits + 1 >= text.Length || text[digits] is not ('.' or ')') || text[digits + 1] is not (' ' or '\t'))
        {
            return false;
        }

        number = text[..(digits + 1)].ToString();
        markerLength = digits + 2;
        return true;
    }

    private static List<string> SplitCells(ReadOnlySpan<char> row)
    {
        var trimmed = row.Trim();
        if (trimmed.StartsWith('|'))
        {
            trimmed = trimmed[1..];
        }

        if (trimmed.EndsWith('|') && !trimmed.EndsWith("\\|"))
        {
            trimmed = trimmed[..^1];
        }

        var cells = new List<string>();
        var start = 0;
        for (var i = 0; i <= trimmed.Length; i++)
        {
            if (i == trimmed.Length || (trimmed[i] == '|' && (i == 0 || trimmed[i - 1] != '\\')))
            {
                cells.Add(MarkdownInline.Strip(trimmed[start..i].Trim()).Trim());
                start = i + 1;
            }
        }

        return cells;
    }
}
