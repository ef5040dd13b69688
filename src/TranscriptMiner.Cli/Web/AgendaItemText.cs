using TranscriptMiner.Core.Model;

namespace TranscriptMiner.Cli.Web;

/// <summary>A segment's agenda item as the pages show it beside a passage: number and title, such as <c>4.2 Antibiotic prescribing</c>.</summary>
internal static class AgendaItemText
{
    /// <summary>Formats the agenda item.</summary>
    /// <param name="segment">The segment.</param>
    /// <returns>The number and title, or <see langword="null"/> when the segment has no agenda item.</returns>
    public static string? Of(Segment segment)
    {
        var text = string.Join(' ', new[] { segment.AgendaItemNumber, segment.AgendaItemTitle }.Where(p => !string.IsNullOrWhiteSpace(p)));
        return text.Length == 0 ? null : text;
    }
}
