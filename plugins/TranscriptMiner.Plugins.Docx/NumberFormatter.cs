using System.Globalization;
using System.Text;

namespace TranscriptMiner.Plugins.Docx;

/// <summary>Formats a list counter the way Word displays it for a numFmt value.</summary>
internal static class NumberFormatter
{
    /// <summary>The character shown for every bullet level, whatever symbol font glyph the document uses.</summary>
    internal const string Bullet = "•";

    private static readonly (int Value, string Numeral)[] RomanNumerals =
    [
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ];

    /// <summary>Formats <paramref name="value"/> in the numFmt <paramref name="format"/>.</summary>
    /// <param name="value">The counter value.</param>
    /// <param name="format">The numFmt value, such as <c>decimal</c> or <c>lowerRoman</c>; null means decimal.</param>
    /// <returns>The visible text.</returns>
    internal static string Format(int value, string? format) => format switch
    {
        "bullet" => Bullet,
        "none" => string.Empty,
        "lowerLetter" when value > 0 => Letters(value).ToLowerInvariant(),
        "upperLetter" when value > 0 => Letters(value),
        "lowerRoman" when value is > 0 and < 4000 => Roman(value).ToLowerInvariant(),
        "upperRoman" when value is > 0 and < 4000 => Roman(value),
        "decimalZero" => value.ToString("00", CultureInfo.InvariantCulture),
        "ordinal" => Ordinal(value),
        _ => value.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>Word's letter numbering: a..z, then aa..zz, aaa ...</summary>
    private static string Letters(int value)
    {
        var letter = (char)('A' + ((value - 1) % 26));
        var repeat = Math.Min(((value - 1) / 26) + 1, 64);
        return new string(letter, repeat);
    }

    private static string Roman(int value)
    {
        var text = new StringBuilder();
        foreach (var (amount, numeral) in RomanNumerals)
        {
            while (value >= amount)
            {
                text.Append(numeral);
                value -= amount;
            }
        }

        return text.ToString();
    }

    private static string Ordinal(int value)
    {
        var suffix = (value % 100) is 11 or 12 or 13
            ? "th"
            : (value % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return value.ToString(CultureInfo.InvariantCulture) + suffix;
    }
}
