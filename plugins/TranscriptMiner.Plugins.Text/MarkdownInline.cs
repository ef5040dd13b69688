using System.Text;

namespace TranscriptMiner.Plugins.Text;

/// <summary>
/// Removes Markdown inline markup from one line in linear time: emphasis markers (<c>**</c>, <c>__</c>, <c>*</c>,
/// <c>_</c> at word edges, <c>~~</c>), code spans' backticks, backslash escapes, and links or images
/// (<c>[text](url)</c> becomes <c>text</c>).
/// </summary>
internal static class MarkdownInline
{
    public static string Strip(ReadOnlySpan<char> line)
    {
        if (line.IndexOfAny("*_`~[\\") < 0)
        {
            return line.ToString();
        }

        var sb = new StringBuilder(line.Length);
        var nextCloseBracket = -1;
        var nextCloseParen = -1;
        var i = 0;
        while (i < line.Length)
        {
            var c = line[i];
            switch (c)
            {
                case '\\' when i + 1 < line.Length && IsEscapable(line[i + 1]):
                    sb.Append(line[i + 1]);
                    i += 2;
                    continue;
                case '`':
                    i++;
                    continue;
                case '*' when !IsLoneOperator(line, i):
                    i++;
                    continue;
                case '~' when i + 1 < line.Length && line[i + 1] == '~':
                    i += 2;
                    continue;
                case '_' when (i + 1 < line.Length && line[i + 1] == '_') || !IsInsideWord(line, i):
                    i += i + 1 < line.Length && line[i + 1] == '_' ? 2 : 1;
                    continue;
                case '!' when i + 1 < line.Length && line[i + 1] == '[':
                    i++;
                    continue;
                case '[':
                    nextCloseBracket = NextIndex(line, ']', i + 1, nextCloseBracket);
                    if (nextCloseBracket < line.Length - 1 && line[nextCloseBracket + 1] == '(')
                    {
                        nextCloseParen = NextIndex(line, ')', nextCloseBracket + 2, nextCloseParen);
                        if (nextCloseParen < line.Length)
                        {
                            AppendWithoutEmphasis(sb, line[(i + 1)..nextCloseBracket]);
                            i = nextCloseParen + 1;
                            continue;
                        }
                    }

                    sb.Append(c);
                    i++;
                    continue;
                default:
                    sb.Append(c);
                    i++;
                    continue;
            }
        }

        return sb.ToString();
    }

    /// <summary>The next index of <paramref name="target"/> at or after <paramref name="from"/>, or the length when none;
    /// reuses the previous answer while it is still ahead, so a line full of '[' stays linear.</summary>
    private static int NextIndex(ReadOnlySpan<char> line, char target, int from, int previous)
    {
        if (previous >= from)
        {
            return previous;
        }

        if (from >= line.Length)
        {
            return line.Length;
        }

        var found = line[from..].IndexOf(target);
        return found < 0 ? line.Length : from + found;
    }

    private static void AppendWithoutEmphasis(StringBuilder sb, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c is not ('*' or '`' or '[' or ']'))
            {
                sb.Append(c);
            }
        }
    }

    private static bool IsEscapable(char c) =>
        c is (>= '!' and <= '/') or (>= ':' and <= '@') or (>= '[' and <= '`') or (>= '{' and <= '~');

    private static bool IsLoneOperator(ReadOnlySpan<char> line, int i)
    {
        var spaceBefore = i == 0 || char.IsWhiteSpace(line[i - 1]);
        var spaceAfter = i + 1 >= line.Length || char.IsWhiteSpace(line[i + 1]);
        return spaceBefore && spaceAfter;
    }

    private static bool IsInsideWord(ReadOnlySpan<char> line, int i) =>
        i > 0 && i + 1 < line.Length && char.IsLetterOrDigit(line[i - 1]) && char.IsLetterOrDigit(line[i + 1]);
}
