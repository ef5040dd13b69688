using System.Globalization;
using System.Text.RegularExpressions;

namespace TranscriptMiner.Core.Metadata;

/// <summary>
/// Reads dates the way UK minutes write them: "14 March 2021", "Wednesday 3rd March 2021", "3rd of March 2021",
/// "14 Mar 2021", "March 14, 2021", "14/03/2021" (day first), "14.03.2021", "14-03-2021" and ISO "2021-03-14".
/// Impossible dates (31 April, 29 February 2021) are rejected.
/// </summary>
public static partial class UkDateParser
{
    private const string Months = "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
    private const string Weekday = @"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?";
    private const string DayMonthYear = Weekday + @"(?<d>\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?\s+(?<m>" + Months + @")\.?,?\s+(?<y>\d{4})";
    private const string MonthDayYear = Weekday + @"(?<m>" + Months + @")\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>\d{4})";
    private const string Numeric = @"(?<d>\d{1,2})(?<sep>[/.\-])(?<mn>\d{1,2})\k<sep>(?<y>\d{4}|\d{2})";
    private const string Iso = @"(?<y>\d{4})-(?<mn>\d{1,2})-(?<d>\d{1,2})";
    private const string Any = "(?:" + Iso + "|" + DayMonthYear + "|" + MonthDayYear + "|" + Numeric + ")";

    /// <summary>Parses <paramref name="text"/> when the whole of it (trimmed) is one date.</summary>
    /// <param name="text">The text, such as <c>14/03/2021</c> or <c>Wednesday 3rd March 2021</c>.</param>
    /// <param name="date">The date, when the result is true.</param>
    /// <returns>Whether the text is a valid date.</returns>
    public static bool TryParse(string? text, out DateOnly date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text) || text.Length > 80)
        {
            return false;
        }

        var match = WholePattern().Match(text.Trim());
        return match.Success && TryBuild(match, out date);
    }

    /// <summary>Finds the first valid date anywhere in <paramref name="text"/>.</summary>
    /// <param name="text">The text to search.</param>
    /// <param name="date">The date found, when the result is true.</param>
    /// <param name="index">Where in the text the date starts.</param>
    /// <returns>Whether a valid date was found.</returns>
    public static bool TryFind(string? text, out DateOnly date, out int index)
    {
        date = default;
        index = -1;
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        for (var match = FindPattern().Match(text); match.Success; match = match.NextMatch())
        {
            if (TryBuild(match, out date))
            {
                index = match.Index;
                return true;
            }
        }

        return false;
    }

    private static bool TryBuild(Match match, out DateOnly date)
    {
        date = default;
        var day = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
        var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        if (match.Groups["y"].Value.Length == 2)
        {
            year += 2000;
        }

        int month;
        if (match.Groups["mn"].Success)
        {
            month = int.Parse(match.Groups["mn"].Value, CultureInfo.InvariantCulture);
        }
        else
        {
            month = MonthNumber(match.Groups["m"].Value);
        }

        if (year is < 1900 or > 2200 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    private static int MonthNumber(string name) => name[..3].ToUpperInvariant() switch
    {
        "JAN" => 1,
        "FEB" => 2,
        "MAR" => 3,
        "APR" => 4,
        "MAY" => 5,
        "JUN" => 6,
        "JUL" => 7,
        "AUG" => 8,
        "SEP" => 9,
        "OCT" => 10,
        "NOV" => 11,
        "DEC" => 12,
        _ => 0,
    };

    [GeneratedRegex("^" + Any + "$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex WholePattern();

    [GeneratedRegex(@"(?<![\w/.\-])" + Any + @"(?![\w/\-]|\.\d)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex FindPattern();
}
