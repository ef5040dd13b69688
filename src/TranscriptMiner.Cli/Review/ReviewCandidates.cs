using TranscriptMiner.Core.Coding;

namespace TranscriptMiner.Cli.Review;

/// <summary>
/// The codes listed on a segment under review: its suggestions (strongest first), then codes with an open review flag,
/// then codes the coder added by hand; each with the coder's current decision on it.
/// </summary>
internal static class ReviewCandidates
{
    /// <param name="item">The segment's suggestions, decisions and flags.</param>
    /// <param name="coder">Whose decisions count.</param>
    /// <param name="codeFilter">The one code under review (<c>--code</c>), or <see langword="null"/>.</param>
    /// <param name="codebook">For the codes' names.</param>
    public static List<ReviewCandidate> Build(ReviewItem item, string coder, string? codeFilter, Codebook codebook)
    {
        var mine = item.Decisions
            .Where(d => string.Equals(d.Coder, coder, StringComparison.Ordinal))
            .GroupBy(d => d.CodeId, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.MaxBy(d => d.Id)!, StringComparer.OrdinalIgnoreCase);
        var flags = item.Flags
            .Where(f => codeFilter is null || Same(f.CodeId, codeFilter))
            .GroupBy(f => f.CodeId, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First().Reason, StringComparer.OrdinalIgnoreCase);
        var list = new List<ReviewCandidate>();
        foreach (var suggestion in item.Suggestions.Where(s => codeFilter is null || Same(s.CodeId, codeFilter) || mine.ContainsKey(s.CodeId)))
        {
            list.Add(new ReviewCandidate(
                suggestion.CodeId,
                Name(codebook, suggestion.CodeId),
                ReviewCandidateKind.Suggestion,
                suggestion.Score,
                SuggestionSourceText.Format(suggestion),
                suggestion.Evidence,
                flags.GetValueOrDefault(suggestion.CodeId),
                mine.GetValueOrDefault(suggestion.CodeId)));
        }

        foreach (var (code, reason) in flags.Where(f => !list.Exists(c => Same(c.CodeId, f.Key))))
        {
            list.Add(new ReviewCandidate(code, Name(codebook, code), ReviewCandidateKind.Flag, null, SuggestionSourceText.Human, [], reason, mine.GetValueOrDefault(code)));
        }

        foreach (var decision in mine.Values.Where(d => !list.Exists(c => Same(c.CodeId, d.CodeId))).OrderBy(d => d.Id))
        {
            list.Add(new ReviewCandidate(decision.CodeId, Name(codebook, decision.CodeId), ReviewCandidateKind.Added, decision.Score, decision.Source, [], null, decision));
        }

        return list;
    }

    /// <summary>
    /// What a decision on a code records: for a code listed on the segment, the candidate's id, source and score (a
    /// suggestion's source, or the source of the coder's decision on it); otherwise (a code added by hand) the code as
    /// given, <see cref="SuggestionSourceText.Human"/> and no score. The terminal and the web review both record this.
    /// </summary>
    /// <param name="candidates">The segment's candidates (<see cref="Build"/>).</param>
    /// <param name="codeId">The code decided on.</param>
    public static (string CodeId, string Source, double? Score, ReviewCandidateKind Kind) DecisionSource(IReadOnlyList<ReviewCandidate> candidates, string codeId)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var listed = candidates.FirstOrDefault(c => Same(c.CodeId, codeId));
        return listed is not null
            ? (listed.CodeId, listed.Source, listed.Score, listed.Kind)
            : (codeId, SuggestionSourceText.Human, null, ReviewCandidateKind.Added);
    }

    private static string Name(Codebook codebook, string codeId) => codebook.Find(codeId)?.Name ?? codeId;

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
