using System.Globalization;

namespace TranscriptMiner.Cli.Web;

/// <summary>Whole numbers from the query string (ids, paging, limits), with the range checked and a 400 that says what was wrong.</summary>
internal static class QueryNumber
{
    /// <summary>Reads an optional whole number.</summary>
    /// <param name="text">The parameter as given, or null.</param>
    /// <param name="name">The parameter's name, for the message.</param>
    /// <param name="min">The smallest value accepted.</param>
    /// <param name="max">The largest value accepted.</param>
    /// <returns>The number, or <see langword="null"/> when the parameter is absent or blank.</returns>
    /// <exception cref="WorkbenchException">Not a whole number, or out of range (400).</exception>
    public static long? Parse(string? text, string name, long min, long max)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return long.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw WorkbenchException.BadRequest(string.Create(CultureInfo.InvariantCulture, $"{name} must be a whole number from {min} to {max} (got '{text}')"));
    }
}
