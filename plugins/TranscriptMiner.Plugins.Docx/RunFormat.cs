namespace TranscriptMiner.Plugins.Docx;

/// <summary>The effective formatting of one run, as far as the extractor cares.</summary>
/// <param name="Bold">Whether the run is bold.</param>
/// <param name="Italic">Whether the run is italic.</param>
/// <param name="FontSizeHalfPoints">The font size in half-points, if known.</param>
internal readonly record struct RunFormat(bool Bold, bool Italic, int? FontSizeHalfPoints);
