namespace TranscriptMiner.Cli.Web.Documents;

/// <summary>A code decided on a segment: confirmed (the latest decision in force accepts it) or rejected.</summary>
/// <param name="CodeId">The code's id.</param>
/// <param name="Name">The code's name in the codebook (the id when the codebook no longer has it).</param>
/// <param name="Coders">The coders whose decisions in force give this verdict.</param>
internal sealed record CodeMark(string CodeId, string Name, IReadOnlyList<string> Coders);
