namespace TranscriptMiner.Cli.Web.Dashboard;

/// <summary>The answer of <c>GET /api/codebook</c>.</summary>
/// <param name="Name">The codebook's name.</param>
/// <param name="Codes">The codes in tree order (parents first, then their children, each level in codebook order).</param>
/// <param name="Confirmed">Confirmed segment codings over all codes.</param>
/// <param name="Rejected">Rejected segment codings over all codes.</param>
/// <param name="Suggested">Stored suggestions over all codes.</param>
/// <param name="Pending">Undecided suggestions over all codes.</param>
internal sealed record CodebookResponse(string Name, IReadOnlyList<CodebookEntry> Codes, int Confirmed, int Rejected, int Suggested, int Pending);
