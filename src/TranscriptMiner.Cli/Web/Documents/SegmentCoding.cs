using TranscriptMiner.Cli.Review;
using TranscriptMiner.Core.Coding;

namespace TranscriptMiner.Cli.Web.Documents;

/// <summary>A segment's coding as the pages show it: confirmed and rejected codes, and pending suggestions.</summary>
/// <param name="Confirmed">Codes whose latest decision in force accepts them.</param>
/// <param name="Rejected">Codes whose latest decision in force rejects them.</param>
/// <param name="Suggested">Suggestions (score at least <see cref="CodeSuggestion.Threshold"/>) on codes nobody has decided yet, strongest first.</param>
internal sealed record SegmentCoding(IReadOnlyList<CodeMark> Confirmed, IReadOnlyList<CodeMark> Rejected, IReadOnlyList<SuggestionMark> Suggested)
{
    /// <summary>Gets a segment without coding.</summary>
    public static SegmentCoding None { get; } = new([], [], []);

    /// <summary>Builds one segment's coding.</summary>
    /// <param name="decisions">The segment's decisions in force.</param>
    /// <param name="suggestions">The segment's suggestions.</param>
    /// <param name="codebook">The codebook, for names.</param>
    /// <returns>The coding.</returns>
    public static SegmentCoding Create(IEnumerable<CodingDecision> decisions, IEnumerable<CodeSuggestion> suggestions, Codebook codebook)
    {
        var confirmed = new List<CodeMark>();
        var rejected = new List<CodeMark>();
        var decided = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var byCode in decisions.GroupBy(d => d.CodeId, StringComparer.OrdinalIgnoreCase))
        {
            decided.Add(byCode.Key);
            var latest = byCode.OrderBy(d => d.DecidedAt).ThenBy(d => d.Id).Last();
            var coders = byCode.Where(d => d.Verdict == latest.Verdict).Select(d => d.Coder).Distinct(StringComparer.Ordinal).ToList();
            var mark = new CodeMark(latest.CodeId, NameOf(codebook, latest.CodeId), coders);
            (latest.Verdict == DecisionVerdict.Accepted ? confirmed : rejected).Add(mark);
        }

        var suggested = suggestions
            .Where(s => s.Score >= CodeSuggestion.Threshold && !decided.Contains(s.CodeId))
            .OrderByDescending(s => s.Score)
            .Select(s => new SuggestionMark(s.CodeId, NameOf(codebook, s.CodeId), s.Score, SuggestionSourceText.Format(s), s.Evidence))
            .ToList();
        return new SegmentCoding(confirmed, rejected, suggested);
    }

    private static string NameOf(Codebook codebook, string codeId) => codebook.Find(codeId)?.Name ?? codeId;
}
