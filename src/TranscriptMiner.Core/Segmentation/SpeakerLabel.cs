namespace TranscriptMiner.Core.Segmentation;

/// <summary>What the start of a transcript paragraph says: an optional timestamp and an optional speaker label.</summary>
/// <param name="Speaker">The label without its colon, such as <c>Interviewer</c> or <c>Dr Smith</c>; null when there is none.</param>
/// <param name="Timestamp">The leading timestamp, such as <c>[00:12:31]</c>, if any.</param>
/// <param name="IsStrong">Whether the label is unmistakably a speaker (a role word, an abbreviation such as P12, a title and
/// name, capitals, a bold prefix) rather than just a capitalised phrase before a colon.</param>
internal readonly record struct SpeakerLabel(string? Speaker, TimeSpan? Timestamp, bool IsStrong);
