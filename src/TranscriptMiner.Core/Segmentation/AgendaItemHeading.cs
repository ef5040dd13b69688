namespace TranscriptMiner.Core.Segmentation;

/// <summary>An agenda item number found at the start of a block, and the rest of its line.</summary>
/// <param name="Number">The number as printed without a trailing dot: <c>4.2</c>, <c>Item 7</c>, <c>PCCC/21/045</c>.</param>
/// <param name="Title">The rest of the line (the item's title) when the line is short; otherwise null.</param>
internal readonly record struct AgendaItemHeading(string Number, string? Title);
