using System.Text;

namespace TranscriptMiner.Plugins.Pdf.Composition;

/// <summary>Joins the lines of a paragraph with spaces, rejoining words hyphenated at a line end.</summary>
internal static class LineJoiner
{
    private const char SoftHyphen = '\u00AD';

    /// <summary>
    /// Joins <paramref name="lines"/>: "commis-" + "sioning" gives "commissioning"; a hyphen before an upper-case
    /// letter ("NHS-" + "England") stays, without a space; every other break becomes one space.
    /// </summary>
    public static string Join(IEnumerable<string> lines)
    {
        var text = new StringBuilder();
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (text.Length == 0)
            {
                text.Append(line);
                continue;
            }

            var last = text[^1];
            if (last == SoftHyphen)
            {
                text.Length--;
                text.Append(line);
            }
            else if (last == '-' && text.Length >= 2 && char.IsLetter(text[^2]))
            {
                if (char.IsLower(line[0]))
                {
                    text.Length--;
                }

                text.Append(line);
            }
            else
            {
                text.Append(' ').Append(line);
            }
        }

        return text.ToString();
    }
}
