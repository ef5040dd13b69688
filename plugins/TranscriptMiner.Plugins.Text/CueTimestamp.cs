using System.Globalization;

namespace TranscriptMiner.Plugins.Text;

/// <summary>
/// Parses caption timestamps: <c>hh:mm:ss.fff</c>, <c>mm:ss.fff</c>, with <c>,</c> or <c>.</c> before the fraction
/// (SubRip uses a comma) and an optional fraction. Hours above 99, minutes or seconds above 59 and negative
/// values are rejected.
/// </summary>
internal static class CueTimestamp
{
    private const int MaxHours = 99;

    public static bool TryParse(ReadOnlySpan<char> text, out TimeSpan value)
    {
        value = TimeSpan.Zero;
        text = text.Trim();
        Span<Range> parts = stackalloc Range[4];
        var count = text.Split(parts, ':');
        if (count is < 2 or > 3)
        {
            return false;
        }

        var hours = 0;
        if (count == 3 && !TryDigits(text[parts[0]], 1, 2, out hours))
        {
            return false;
        }

        if (!TryDigits(text[parts[count - 2]], 1, 2, out var minutes) || minutes > 59)
        {
            return false;
        }

        var secondsPart = text[parts[count - 1]];
        var fraction = 0.0;
        var separator = secondsPart.IndexOfAny('.', ',');
        if (separator >= 0)
        {
            var fractionDigits = secondsPart[(separator + 1)..];
            if (!TryDigits(fractionDigits, 1, 7, out _))
            {
                return false;
            }

            fraction = double.Parse("0." + fractionDigits.ToString(), CultureInfo.InvariantCulture);
            secondsPart = secondsPart[..separator];
        }

        if (!TryDigits(secondsPart, 1, 2, out var seconds) || seconds > 59 || hours > MaxHours)
        {
            return false;
        }

        value = new TimeSpan(hours, minutes, seconds) + TimeSpan.FromMilliseconds(Math.Round(fraction * 1000));
        return true;
    }

    /// <summary>Formats a time for messages, such as <c>00:12:31.280</c>.</summary>
    public static string Format(TimeSpan value) => value.ToString(@"hh\:mm\:ss\.fff", CultureInfo.InvariantCulture);

    private static bool TryDigits(ReadOnlySpan<char> text, int minLength, int maxLength, out int value)
    {
        value = 0;
        if (text.Length < minLength || text.Length > maxLength)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }
}
