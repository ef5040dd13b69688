namespace TranscriptMiner.Plugins.Docx;

/// <summary>A stretch of visible text from one run with that run's formatting.</summary>
/// <param name="Text">The text as the run gives it (whitespace not yet collapsed).</param>
/// <param name="Format">The run's effective formatting.</param>
internal readonly record struct TextPiece(string Text, RunFormat Format);
