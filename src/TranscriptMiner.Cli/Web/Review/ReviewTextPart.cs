namespace TranscriptMiner.Cli.Web.Review;

/// <summary>A run of a segment's text, marked when it is a candidate's evidence.</summary>
/// <param name="Text">The run.</param>
/// <param name="Evidence">Whether the run is evidence.</param>
internal sealed record ReviewTextPart(string Text, bool Evidence);
