namespace TranscriptMiner.Cli.Web.Documents;

/// <summary>A pending suggestion of a code on a segment (no decision in force on that code yet).</summary>
/// <param name="CodeId">The code's id.</param>
/// <param name="Name">The code's name in the codebook (the id when the codebook no longer has it).</param>
/// <param name="Score">The suggestion's score (0–1).</param>
/// <param name="Source">Where it came from, as the CLI's review shows it (<c>rule: trust*</c>, <c>model …</c>).</param>
/// <param name="Evidence">The words or phrases that triggered it.</param>
internal sealed record SuggestionMark(string CodeId, string Name, double Score, string Source, IReadOnlyList<string> Evidence);
