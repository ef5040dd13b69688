using System.Globalization;
using System.Text;

namespace TranscriptMiner.Plugins.Html;

/// <summary>Formats the visible marker of an ordered list item for the list's <c>type</c>: 1, a, A, i or I.</summary>
internal static class HtmlListNumbering
{
    public static string Format(int number, string? type)
    {
        var digits = type switch
        {
            "a" when number > 0 => Alphabetic(number, 'a'),
            "A" when number > 0 => Alphabetic(number, 'A'),
            "i" when number is > 0 and < 4000 => Roman(number).ToLowerInvariant(),
            "I" when number is > 0 and < 4000 => Roman(number),
            _ => number.ToString(CultureInfo.InvariantCulture),
        };
        return digits + ".";
    }

    private static string Alphabetic(int number, char first)
    {
        var sb = new StringBuilder();
        while (number > 0)
        {
            number--;
            sb.Insert(0, (char)(first + (number % 26)));
            number /= 26;
        }

        return sb.ToString();
    }

    private static string Roman(int number)
    {
        ReadOnlySpan<int> values = [1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1];
        string[] symbols = ["M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"];
        var sb = new StringBuilder();
        for (var i = 0; i < values.Length; i++)
        {
            while (number >= values[i])
            {
                sb.Append(symbols[i]);
                number -= values[i];
            }
        }

        return sb.ToString();
    }
}
