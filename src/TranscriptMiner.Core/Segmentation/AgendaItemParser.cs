using System.Text.RegularExpressions;
using TranscriptMiner.Abstractions;
using TranscriptMiner.Core.Metadata;

namespace TranscriptMiner.Core.Segmentation;

/// <summary>
/// Recognises agenda item numbers at the start of a heading, list item or paragraph of minutes.
/// </summary>
/// <remarks>
/// The rule: a committee reference (<c>PCCC/21/045</c>, <c>GB 22-23/14</c>, <c>QPC 21/03</c>) or a minute reference
/// (<c>Minute 45/21</c>) always starts an item. A plain number (<c>1.</c>, <c>4.2</c>, <c>4.2.1</c>, <c>7a</c>) or
/// <c>Item 7</c>/<c>Agenda item 7</c> starts an item only on a heading, a bold line, or a short line (at most 14 words,
/// not ending with a full stop) whose text after the number starts with a capital letter or digit. Long numbered
/// paragraphs (minute paragraphs such as "4.2.1 The committee noted ...") never start an item, whatever their depth:
/// they stay in the current item. Never items: nested list items (level above 0), a bare number on a plain paragraph
/// (a page number), a line that starts with a date ("3 March 2021"). <see cref="MinutesLabeller"/> adds that outside
/// headings a number must come after the current item's ("2" inside item 4.2 is a numbered point), and falls back to
/// long top-level numbered paragraphs ("4. The committee ...") when no item passes these rules.
/// </remarks>
internal static partial class AgendaItemParser
{
    private const int MaxTitleWords = 14;
    private const int ScanLength = 300;

    /// <summary>Parses the agenda item number at the start of <paramref name="unit"/>, applying the guard.</summary>
    /// <param name="unit">The unit.</param>
    /// <param name="loose">Also accept long paragraphs numbered at the top level ("4. The committee noted ..."), without a title;
    /// used when a set of minutes has no item that passes the normal guard.</param>
    public static AgendaItemHeading? Parse(TextUnit unit, bool loose = false)
    {
        var block = unit.Block;
        if (block.Kind is not (BlockKind.Heading or BlockKind.Paragraph or BlockKind.ListItem))
        {
            return null;
        }

        var text = unit.Text.Length > ScanLength ? unit.Text[..ScanLength] : unit.Text;
        var isShort = unit.Words <= MaxTitleWords && !unit.Text.EndsWith('.');
        var isBold = block.Style?.Bold == true || block.Style?.BoldPrefixLength > 0;
        var strongLine = block.Kind == BlockKind.Heading || isBold || isShort;

        var reference = ReferencePattern().Match(text);
        if (reference.Success)
        {
            return Make(reference, unit, isShort || block.Kind == BlockKind.Heading);
        }

        var minute = MinutePattern().Match(text);
        if (minute.Success)
        {
            return Make(minute, unit, isShort || block.Kind == BlockKind.Heading);
        }

        if (block.Kind == BlockKind.ListItem && block.ListLevel > 0)
        {
            return null; // a nested list inside an item
        }

        if (!strongLine)
        {
            if (loose && LooseNumericPattern().Match(text) is { Success: true } top && char.IsUpper(text[top.Length..].FirstOrDefault()))
            {
                return new AgendaItemHeading(top.Groups["n"].Value, null);
            }

            return null;
        }

        var item = ItemPattern().Match(text);
        if (item.Success)
        {
            return Make(item, unit, withTitle: true);
        }

        var numeric = NumericPattern().Match(text);
        if (numeric.Success)
        {
            var after = text[numeric.Length..];
            if (after.Length == 0 && block.Kind == BlockKind.Paragraph && !isBold)
            {
                return null; // a bare number on a line of its own: most often a page number
            }

            if (UkDateParser.TryFind(text.Length > 40 ? text[..40] : text, out _, out var dateIndex) && dateIndex == 0)
            {
                return null; // "3 March 2021"
            }

            if (after.Length == 0 || char.IsUpper(after[0]) || char.IsDigit(after[0]) || after[0] is '"' or '“' or '‘' or '\'' or '(')
            {
                return Make(numeric, unit, withTitle: true);
            }
        }

        return null;
    }

    /// <summary>
    /// Parses a table row of minutes laid out as a table (item | discussion | action): the first non-empty cell must be
    /// an agenda number, optionally followed by a short title; otherwise a short second cell is the title.
    /// </summary>
    /// <param name="cells">The row's normalised cells.</param>
    /// <param name="isReference">Whether the number is a committee or minute reference.</param>
    /// <returns>The item, or null.</returns>
    public static AgendaItemHeading? ParseRow(IReadOnlyList<string> cells, out bool isReference)
    {
        isReference = false;
        var nonEmpty = cells.Where(c => c.Length > 0).ToList();
        if (nonEmpty.Count < 2 || nonEmpty[0].Length > 120)
        {
            return null;
        }

        var first = nonEmpty[0];
        Match match;
        if ((match = ReferencePattern().Match(first)).Success || (match = MinutePattern().Match(first)).Success)
        {
            isReference = true;
        }
        else if (!(match = ItemPattern().Match(first)).Success && !(match = NumericPattern().Match(first)).Success)
        {
            return null;
        }

        var rest = first[match.Length..].Trim().TrimStart('-', '–', '—', ':', '.', ')').Trim();
        if (rest.Length > 0 && (!(char.IsUpper(rest[0]) || char.IsDigit(rest[0])) || rest.Split(' ').Length > MaxTitleWords))
        {
            return null;
        }

        var second = nonEmpty[1];
        var title = rest.Length > 0 ? rest
            : second.Split(' ').Length <= MaxTitleWords && !second.EndsWith('.') ? second
            : null;
        return new AgendaItemHeading(match.Groups["n"].Value.Trim(), title);
    }

    /// <summary>
    /// The sort key of a numeric agenda number ("4.2" is [4, 2], "7a" is [7, 1], "Item 7" is [7]); null for references.
    /// </summary>
    public static int[]? NumericKey(string number)
    {
        var digits = number.StartsWith("Item ", StringComparison.OrdinalIgnoreCase) || number.StartsWith("Agenda item ", StringComparison.OrdinalIgnoreCase)
            ? number[(number.LastIndexOf(' ') + 1)..]
            : number;
        if (digits.Length == 0 || !char.IsDigit(digits[0]))
        {
            return null;
        }

        var key = new List<int>();
        foreach (var part in digits.Split('.'))
        {
            var end = 0;
            while (end < part.Length && char.IsDigit(part[end]))
            {
                end++;
            }

            if (end == 0 || !int.TryParse(part.AsSpan(0, end), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value))
            {
                return null;
            }

            key.Add(value);
            if (end < part.Length && char.IsLetter(part[end]))
            {
                key.Add(char.ToLowerInvariant(part[end]) - 'a' + 1);
            }
        }

        return [.. key];
    }

    /// <summary>Compares two numeric keys: [4] &lt; [4, 1] &lt; [4, 2] &lt; [5].</summary>
    public static int CompareKeys(int[] left, int[] right)
    {
        for (var i = 0; i < Math.Min(left.Length, right.Length); i++)
        {
            if (left[i] != right[i])
            {
                return left[i].CompareTo(right[i]);
            }
        }

        return left.Length.CompareTo(right.Length);
    }

    private static AgendaItemHeading Make(Match match, TextUnit unit, bool withTitle)
    {
        var number = match.Groups["n"].Value.Trim();
        string? title = null;
        if (withTitle)
        {
            title = unit.Text[match.Length..].Trim().TrimStart('-', '–', '—', ':', '.', ')').Trim();
            if (title.Length == 0)
            {
                title = null;
            }
        }

        return new AgendaItemHeading(number, title);
    }

    [GeneratedRegex(@"^(?<n>[A-Z]{2,6}(?:\s?/\s?|\s)\d{2,4}(?:[-/]\d{2,4})?/\d{1,4}[a-z]?)\b[.:)]?\s*", RegexOptions.CultureInvariant)]
    private static partial Regex ReferencePattern();

    [GeneratedRegex(@"^(?<n>Minute\s+(?:No\.?\s*)?\d{1,4}(?:/\d{2,4})?)\b[.:)]?\s*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MinutePattern();

    [GeneratedRegex(@"^(?<n>(?:Agenda\s+)?Item\s+(?:No\.?\s*)?\d{1,3}(?:\.\d{1,3}){0,3}[a-z]?)\b[.:)]?\s*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ItemPattern();

    [GeneratedRegex(@"^(?<n>\d{1,3}(?:\.\d{1,3}){0,3}[a-z]?)(?:[.):]|\s*[-–—])?(?:\s+|$)", RegexOptions.CultureInvariant)]
    private static partial Regex NumericPattern();

    [GeneratedRegex(@"^(?<n>\d{1,3})[.)]?\s+", RegexOptions.CultureInvariant)]
    private static partial Regex LooseNumericPattern();
}
