using System.Text;
using System.Text.RegularExpressions;

namespace TranscriptMiner.Plugins.Pdf.Layout;

/// <summary>
/// Marks running headers, footers and page numbers: among the top-most and bottom-most lines of each page,
/// a line that is a page number ("3", "- 3 -", "Page 3 of 12", "3/12"), or whose text (digits masked) recurs
/// at the same edge (top or bottom) of at least half of the pages of a document of two or more pages.
/// </summary>
internal static partial class RunningLineFilter
{
    private const int LinesPerEdge = 2;

    public static void Mark(IReadOnlyList<PageLayout> pages)
    {
        var candidatesPerPage = new List<List<LayoutLine>>(pages.Count);
        var pagesPerKey = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            var candidates = EdgeLines(page);
            candidatesPerPage.Add(candidates);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < candidates.Count; i++)
            {
                var line = candidates[i];
                if (PageNumber().IsMatch(line.Text))
                {
                    line.IsRunningLine = true;
                }
                else
                {
                    var key = KeyOf(line.Text, IsTop(i, candidates.Count));
                    if (seen.Add(key))
                    {
                        pagesPerKey[key] = pagesPerKey.GetValueOrDefault(key) + 1;
                    }
                }
            }
        }

        if (pages.Count < 2)
        {
            return;
        }

        var threshold = Math.Max(2, (pages.Count + 1) / 2);
        foreach (var candidates in candidatesPerPage)
        {
            for (var i = 0; i < candidates.Count; i++)
            {
                var line = candidates[i];
                if (!line.IsRunningLine && pagesPerKey.GetValueOrDefault(KeyOf(line.Text, IsTop(i, candidates.Count))) >= threshold)
                {
                    line.IsRunningLine = true;
                }
            }
        }
    }

    private static List<LayoutLine> EdgeLines(PageLayout page)
    {
        var lines = page.TextLines.ToList();
        lines.Sort((a, b) => b.Baseline.CompareTo(a.Baseline));
        if (lines.Count <= 2 * LinesPerEdge)
        {
            return lines;
        }

        var edges = lines.GetRange(0, LinesPerEdge);
        edges.AddRange(lines.GetRange(lines.Count - LinesPerEdge, LinesPerEdge));
        return edges;
    }

    /// <summary>Edge lines come top first: the first half are header candidates, the rest footer candidates.</summary>
    private static bool IsTop(int index, int count) => index < (count + 1) / 2;

    /// <summary>The line's text, lower case, digits masked, spaces collapsed, prefixed by the edge it sits on.</summary>
    private static string KeyOf(string text, bool top)
    {
        var key = new StringBuilder(text.Length + 2).Append(top ? "T|" : "B|");
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space && key.Length > 2)
            {
                key.Append(' ');
            }

            space = false;
            key.Append(char.IsDigit(c) ? '#' : char.ToLowerInvariant(c));
        }

        return key.ToString();
    }

    [GeneratedRegex(@"^\s*(?:page\s*)?[-–—(\[]?\s*\d{1,4}\s*[-–—)\]]?(?:\s*(?:of|/)\s*\d{1,4})?\s*$|^\s*[ivx]{1,5}\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PageNumber();
}
