using System.Text.RegularExpressions;

namespace TranscriptMiner.Plugins.Pdf.Composition;

/// <summary>Recognises the visible marker at the start of a list item: a bullet, "(a)", "iv)", "1.", "2)" or "4.2".</summary>
internal static partial class ListMarker
{
    /// <summary>Splits <paramref name="line"/> into its marker and the rest.</summary>
    /// <returns>Whether the line starts with a marker followed by text.</returns>
    public static bool TryParse(string line, out string marker, out string rest, out bool isBullet)
    {
        var match = Marker().Match(line);
        if (!match.Success)
        {
            marker = string.Empty;
            rest = line;
            isBullet = false;
            return false;
        }

        isBullet = match.Groups["bullet"].Success;
        marker = isBullet ? match.Groups["bullet"].Value : match.Groups["number"].Value;
        rest = match.Groups["rest"].Value;
        return true;
    }

    [GeneratedRegex(
        @"^(?:(?<bullet>[•●▪■◦‣∙·➢➤►])\s*|(?<bullet>[-*–])\s+|(?<number>\([a-zA-Z]\)|[a-z]\)|\((?:i{1,3}|iv|vi{0,3}|ix|x)\)|(?:i{1,3}|iv|vi{0,3}|ix|x)\)|\(\d{1,2}\)|\d{1,2}[.)]|\d{1,2}(?:\.\d{1,2})+\.?)\s+)(?<rest>\S.*)$",
        RegexOptions.CultureInvariant)]
    private static partial Regex Marker();
}
