using System.Text;
using TranscriptMiner.Abstractions;

namespace TranscriptMiner.Plugins.Text;

/// <summary>
/// Turns decoded plain text or Markdown into blocks in one pass over its lines: paragraphs are runs of non-blank
/// lines joined with a space, except that a line starting with a speaker label or a timestamp always starts a new
/// paragraph (so a transcript with one turn per line gets one paragraph per turn, and a wrapped turn stays whole). Markdown adds headings, list items,
/// pipe tables, block quotes, fenced code and inline markup stripping. Plain text gets underlined and short
/// ALL-CAPS headings, column-aligned tables, and hard line breaks (see <see cref="IsHardBreak"/>).
/// </summary>
internal sealed class TextBlockReader
{
    private const int TranscriptSampleLines = 200;
    private const int MaxCapsHeadingChars = 80;
    private const double FullLineShare = 0.85;

    private readonly BlockCollector _sink;
    private readonly bool _markdown;
    private readonly CancellationToken _cancellationToken;
    private readonly StringBuilder _paragraph = new();
    private int _paragraphLines;
    private string? _listNumber;
    private int _listLevel;
    private bool _inFence;
    private int _tableRows;
    private bool _transcriptMode;
    private LineLayout? _layout;
    private int _lineIndex = -1;
    private int _lastLineLength;
    private bool _lastLineEndsWithColon;
    private int _columnRows;

    public TextBlockReader(BlockCollector sink, bool markdown, CancellationToken cancellationToken)
    {
        _sink = sink;
        _markdown = markdown;
        _cancellationToken = cancellationToken;
    }

    public void Read(string text)
    {
        _transcriptMode = LooksLikeTranscript(text);
        _layout = _markdown ? null : LineLayout.Measure(text, _cancellationToken);
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            if ((++_lineIndex & 4095) == 0)
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
            _columnRows = 0;
            return;
        }

        if (!_transcriptMode && _layout?.IsTableLine(_lineIndex) == true)
        {
            ReadColumnRow(line);
            return;
        }

        _columnRows = 0;

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

        var hardBreak = _paragraphLines > 0 && IsHardBreak(content);
        if (_paragraphLines > 0 && (hardBreak || StartsTurn(content)))
        {
            Flush();
        }

        if (!_markdown && !_transcriptMode && !hardBreak && _paragraphLines == 0 && IsCapsHeading(content))
        {
            _sink.Add(ExtractedBlock.Heading(content.ToString(), 2));
            return;
        }

        AppendText(content);
        _lastLineLength = content.Length;
        _lastLineEndsWithColon = content[^1] == ':';
    }

    /// <summary>
    /// Whether a line of plain text starts a new paragraph although no blank line came before it: it does not start
    /// with a small letter, and either the line before ends with a colon ("Present:") or the line before was clearly
    /// short, so the first word of this line would have fitted on it had the text been wrapped (the reflow rule of
    /// PDF-to-text tools, measured against the document's own wrap width). Lists of names, roles or points typed one
    /// per line thus keep their lines; wrapped prose is joined.
    /// </summary>
    private bool IsHardBreak(ReadOnlySpan<char> content)
    {
        if (_layout is null || _listNumber is not null || char.IsLower(content[0]))
        {
            return false;
        }

        if (_lastLineEndsWithColon)
        {
            return true;
        }

        var firstWord = content.IndexOfAny(' ', '\t');
        var firstWordLength = firstWord < 0 ? content.Length : firstWord;
        return _lastLineLength + 1 + firstWordLength <= _layout.WrapWidth * FullLineShare;
    }

    /// <summary>A row of a column-aligned table; a rule under the first row ("----  -----") makes that row the header.</summary>
    private void ReadColumnRow(ReadOnlySpan<char> line)
    {
        Flush();
        var trimmed = line.Trim();
        if (LineLayout.IsRule(trimmed))
        {
            if (_columnRows == 1 && _sink.Last is { Kind: BlockKind.TableRow } header)
            {
                _sink.ReplaceLast(header with { IsHeaderRow = true });
            }

            return;
        }

        _sink.Add(ExtractedBlock.TableRow(LineLayout.SplitColumns(trimmed)));
        _columnRows++;
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
            var take = Math.Min(content.Length, LongParagraphSplitter.MaxParagraphChars);
            _paragraph.Append(content[..take]);
            content = content[take..];
            if (_listNumber is null)
            {
                LongParagraphSplitter.Drain(_paragraph, _sink);
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
        _lastLineLength = 0;
        _lastLineEndsWithColon = false;
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
