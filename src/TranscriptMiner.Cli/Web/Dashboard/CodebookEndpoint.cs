using TranscriptMiner.Core.Coding;

namespace TranscriptMiner.Cli.Web.Dashboard;

/// <summary><c>GET /api/codebook</c>: the codebook as a tree with each code's confirmed, rejected, suggested and pending counts.</summary>
internal static class CodebookEndpoint
{
    /// <summary>Answers the request.</summary>
    /// <param name="workspace">The workspace.</param>
    /// <returns>The codebook.</returns>
    public static CodebookResponse Get(WorkbenchWorkspace workspace)
    {
        var codebook = workspace.LoadCodebook();
        IReadOnlyDictionary<string, int> confirmed = new Dictionary<string, int>();
        IReadOnlyDictionary<string, int> rejected = new Dictionary<string, int>();
        IReadOnlyDictionary<string, int> suggested = new Dictionary<string, int>();
        IReadOnlyDictionary<string, int> pending = new Dictionary<string, int>();
        if (File.Exists(workspace.Layout.CatalogPath))
        {
            using var open = workspace.OpenReadOnly();
            confirmed = open.Coding.CountConfirmedByCode();
            rejected = open.Coding.CountRejectedByCode();
            suggested = open.Coding.CountSuggestionsByCode();
            pending = open.Coding.CountPendingSuggestionsByCode();
        }

        var entries = new List<CodebookEntry>(codebook.Codes.Count);
        var ids = codebook.Codes.Select(c => c.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var placed = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

        // Top-level codes (and orphans whose parent is missing) first, each followed by its descendants.
        foreach (var code in codebook.Codes.Where(c => c.Parent is null || !ids.Contains(c.Parent)))
        {
            Add(code, 0);
        }

        // Anything left (a parent cycle) at the end rather than lost.
        foreach (var code in codebook.Codes.Where(c => !placed.Contains(c.Id)).ToList())
        {
            Add(code, 0);
        }

        return new CodebookResponse(codebook.Name, entries, entries.Sum(e => e.Confirmed), entries.Sum(e => e.Rejected), entries.Sum(e => e.Suggested), entries.Sum(e => e.Pending));

        void Add(Code code, int depth)
        {
            if (!placed.Add(code.Id))
            {
                return;
            }

            entries.Add(new CodebookEntry(
                code.Id,
                code.Name,
                code.Parent,
                depth,
                !codebook.IsGroup(code.Id),
                code.Description,
                code.WhenToUse,
                code.WhenNotToUse,
                code.Keywords,
                code.Examples,
                confirmed.GetValueOrDefault(code.Id),
                rejected.GetValueOrDefault(code.Id),
                suggested.GetValueOrDefault(code.Id),
                pending.GetValueOrDefault(code.Id)));
            foreach (var child in codebook.Codes.Where(c => string.Equals(c.Parent, code.Id, StringComparison.OrdinalIgnoreCase)))
            {
                Add(child, depth + 1);
            }
        }
    }
}
