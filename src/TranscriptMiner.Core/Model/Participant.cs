namespace TranscriptMiner.Core.Model;

/// <summary>A person named in a meeting's attendance record, with a role where the minutes give one.</summary>
/// <param name="Name">The name as written, such as <c>Dr Jane Okafor</c>.</param>
/// <param name="Role">The role, such as <c>Chair</c> or <c>Chief Finance Officer</c>, if given.</param>
public sealed record Participant(string Name, string? Role = null);
