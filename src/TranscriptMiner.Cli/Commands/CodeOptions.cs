using TranscriptMiner.Core.Coding;

namespace TranscriptMiner.Cli.Commands;

/// <summary>Resolves codes given on the command line (id or name) against the workspace's codebook.</summary>
internal static class CodeOptions
{
    /// <summary>Resolves codes to their ids; reports an unknown code or a group and returns <see langword="null"/>.</summary>
    public static async Task<IReadOnlyList<string>?> TryResolveAsync(Codebook codebook, IReadOnlyList<string> given, string option, TextWriter error)
    {
        var ids = Resolve(codebook, given, option, out var problem);
        if (problem is not null)
        {
            await error.WriteLineAsync($"error: {problem}").ConfigureAwait(false);
        }

        return ids;
    }

    /// <summary>Resolves codes to their ids (also for the workbench's filters); <see langword="null"/> with the reason for an unknown code or a group.</summary>
    public static IReadOnlyList<string>? Resolve(Codebook codebook, IReadOnlyList<string> given, string option, out string? problem)
    {
        problem = null;
        var ids = new List<string>();
        foreach (var text in given.Where(t => !string.IsNullOrWhiteSpace(t)))
        {
            var code = codebook.Find(text);
            if (code is null)
            {
                problem = $"{option} '{text}': no such code in the codebook (see 'transcriptminer codes list')";
                return null;
            }

            if (codebook.IsGroup(code.Id))
            {
                var children = codebook.Codes.Where(c => string.Equals(c.Parent, code.Id, StringComparison.OrdinalIgnoreCase)).Select(c => c.Id);
                problem = $"{option} '{text}' is a group of codes; segments carry its children: {string.Join(", ", children)}";
                return null;
            }

            if (!ids.Contains(code.Id, StringComparer.OrdinalIgnoreCase))
            {
                ids.Add(code.Id);
            }
        }

        return ids;
    }
}
