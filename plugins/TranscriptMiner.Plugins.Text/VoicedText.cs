namespace TranscriptMiner.Plugins.Text;

/// <summary>A run of cue text spoken by one voice (or an unknown one).</summary>
/// <param name="Voice">The speaker, or null when the cue does not say.</param>
/// <param name="Text">The text, markup stripped, entities decoded, whitespace collapsed.</param>
internal sealed record VoicedText(string? Voice, string Text);
