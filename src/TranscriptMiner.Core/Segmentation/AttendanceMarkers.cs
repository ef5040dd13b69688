using System.Text.RegularExpressions;

namespace TranscriptMiner.Core.Segmentation;

/// <summary>Recognises the lines that open an attendance record: "Present:", "Members present", "In attendance:", "Apologies".</summary>
internal static partial class AttendanceMarkers
{
    /// <summary>Which list a marker opens.</summary>
    internal enum ListKind
    {
        None,
        Present,
        InAttendance,
        Apologies,
    }

    /// <summary>Finds a marker at the start of <paramref name="text"/>; <paramref name="rest"/> is what follows it on the line.</summary>
    public static ListKind Match(string text, out string rest)
    {
        var head = text.Length > 200 ? text[..200] : text;
        var match = MarkerPattern().Match(head);
        if (!match.Success)
        {
            rest = string.Empty;
            return ListKind.None;
        }

        rest = text[match.Length..].Trim();
        var marker = match.Groups["m"].Value.ToUpperInvariant();
        if (marker.StartsWith("APOLOG", StringComparison.Ordinal))
        {
            return ListKind.Apologies;
        }

        return marker.Contains("ATTENDANCE", StringComparison.Ordinal) || marker.StartsWith("ALSO", StringComparison.Ordinal) || marker.StartsWith("OFFICERS", StringComparison.Ordinal)
            ? ListKind.InAttendance
            : ListKind.Present;
    }

    // Strong markers may be followed directly by a name ("Present Dr Jane Okafor"); weak ones need a colon, a dash or the end of the line.
    [GeneratedRegex(
        @"^(?:(?<m>(?:Members\s+)?Present|(?:Also\s+)?In\s+attendance|Also\s+present|Officers\s+(?:present|in\s+attendance)|Apologies(?:\s+for\s+absence)?(?:\s+(?:received|were\s+received)(?:\s+from)?)?|Apologies\s+received)\b(?:\s*\([^)]{0,40}\))?\s*(?:[:\-–—]|$|(?=\s(?-i:[A-Z])))|(?<m>Members|Attendees|Attendance|Voting\s+members|Non-voting\s+members|Membership)\b(?:\s*\([^)]{0,40}\))?\s*(?:[:\-–—]|$))\s*",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MarkerPattern();
}
