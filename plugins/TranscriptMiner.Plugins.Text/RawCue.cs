namespace TranscriptMiner.Plugins.Text;

/// <summary>One cue (or one voice's part of a cue) before cues of one speaker are merged into a turn.</summary>
/// <param name="Start">When the cue starts.</param>
/// <param name="End">When it ends, if known.</param>
/// <param name="Text">The text, markup stripped and entities decoded.</param>
/// <param name="Voice">The speaker, if known.</param>
internal sealed record RawCue(TimeSpan Start, TimeSpan? End, string Text, string? Voice);
