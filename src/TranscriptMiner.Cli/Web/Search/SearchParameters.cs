using TranscriptMiner.Core.Model;

namespace TranscriptMiner.Cli.Web.Search;

/// <summary>Checks the workbench's search parameters; what is wrong becomes a 400 with a message a researcher can act on.</summary>
internal static class SearchParameters
{
    /// <summary>The most hits a page may hold.</summary>
    public const int MaxSize = 100;

    /// <summary>The deepest hit a page may reach (page × size).</summary>
    public const int MaxDepth = 10_000;

    /// <summary>Parses document kinds by name (any case).</summary>
    /// <param name="given">The names.</param>
    /// <returns>The kinds.</returns>
    /// <exception cref="WorkbenchException">A name is not a kind (400).</exception>
    public static IReadOnlyList<DocumentKind> ParseKinds(IReadOnlyList<string> given)
    {
        var kinds = new List<DocumentKind>();
        foreach (var text in given.Where(t => !string.IsNullOrWhiteSpace(t)))
        {
            if (!Enum.TryParse<DocumentKind>(text.Trim(), ignoreCase: true, out var kind) || !Enum.IsDefined(kind) || char.IsDigit(text.Trim()[0]))
            {
                throw WorkbenchException.BadRequest($"kind '{text}' is not a document kind (one of {string.Join(", ", Enum.GetNames<DocumentKind>())})");
            }

            kinds.Add(kind);
        }

        return kinds;
    }

    /// <summary>Checks the page and its size.</summary>
    /// <param name="page">The 1-based page as given, or null for the first.</param>
    /// <param name="size">Hits per page as given, or null for 20.</param>
    /// <returns>The page and size.</returns>
    /// <exception cref="WorkbenchException">Not a number or out of range (400).</exception>
    public static (int Page, int Size) Paging(string? page, string? size)
    {
        var p = (int)(QueryNumber.Parse(page, "page", 1, int.MaxValue) ?? 1);
        var s = (int)(QueryNumber.Parse(size, "size", 1, MaxSize) ?? 20);
        if ((long)p * s > MaxDepth)
        {
            throw WorkbenchException.BadRequest($"page {p} is beyond the first {MaxDepth} hits; narrow the search with filters");
        }

        return (p, s);
    }

    /// <summary>Checks the sort order.</summary>
    /// <param name="sort">relevance, date, or null (relevance).</param>
    /// <returns>The sort as the request builder takes it.</returns>
    /// <exception cref="WorkbenchException">Anything else (400).</exception>
    public static string Sort(string? sort) => string.IsNullOrWhiteSpace(sort) ? "relevance" : sort.Trim().ToLowerInvariant() switch
    {
        "relevance" => "relevance",
        "date" => "date",
        _ => throw WorkbenchException.BadRequest($"sort '{sort}': use relevance or date"),
    };
}
