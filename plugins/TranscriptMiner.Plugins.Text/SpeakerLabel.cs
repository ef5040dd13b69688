namespace TranscriptMiner.Plugins.Text;

/// <summary>
/// Recognises a speaker label at the start of a line: "Interviewer:", "I:", "R:", "P12:", "Dr Smith:", "CHAIR:".
/// A label is at most four words and 40 characters, starts with a capital letter and is followed by a colon
/// and then a space or the end of the line.
/// </summary>
internal static class SpeakerLabel
{
    private const int MaxLabelChars = 40;
    private const int MaxWords = 4;

    /// <summary>Tries to read a label at the start of <paramref name="line"/>.</summary>
    /// <param name="line">The line, without leading white space.</param>
    /// <param name="name">The speaker's name, without the colon.</param>
    /// <param name="consumed">How many characters the label and the colon take.</param>
    /// <returns>Whether the line starts with a label.</returns>
    public static bool TryMatch(ReadOnlySpan<char> line, out string name, out int consumed)
    {
        name = string.Empty;
        consumed = 0;
        if (line.IsEmpty || !char.IsUpper(line[0]))
        {
            return false;
        }

        var limit = Math.Min(line.Length, MaxLabelChars + 1);
        var words = 1;
        for (var i = 1; i < limit; i++)
        {
            var c = line[i];
            if (c == ':')
            {
                var followedByText = i + 1 == line.Length || char.IsWhiteSpace(line[i + 1]);
                if (!followedByText)
                {
                    return false;
                }

                var label = line[..i].TrimEnd();
                if (label.IsEmpty)
                {
                    return false;
                }

                name = label.ToString();
                consumed = i + 1;
                return true;
            }

            if (c == ' ')
            {
                if (line[i - 1] == ' ')
                {
                    return false;
                }

                if (++words > MaxWords)
                {
                    return false;
                }
            }
            else if (!(char.IsLetterOrDigit(c) || c is '.' or '\'' or '\u2019' or '-' or '(' or ')' or '&'))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Whether the line starts with a speaker label.</summary>
    public static bool StartsWithLabel(ReadOnlySpan<char> line) => TryMatch(line, out _, out _);
}
