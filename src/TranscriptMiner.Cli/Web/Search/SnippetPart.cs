namespace TranscriptMiner.Cli.Web.Search;

/// <summary>A run of a hit's snippet: matched words or the text between them.</summary>
/// <param name="Text">The text.</param>
/// <param name="Match">Whether the text matched the query.</param>
internal sealed record SnippetPart(string Text, bool Match)
{
    /// <summary>The marker the search writes before a match (a control character, never in extracted text).</summary>
    public const string MatchStart = "\u0001";

    /// <summary>The marker the search writes after a match.</summary>
    public const string MatchEnd = "\u0002";

    /// <summary>Splits a snippet written with <see cref="MatchStart"/> and <see cref="MatchEnd"/> into runs.</summary>
    /// <param name="snippet">The snippet.</param>
    /// <returns>The runs, in order; empty runs are left out.</returns>
    public static IReadOnlyList<SnippetPart> Split(string snippet)
    {
        ArgumentNullException.ThrowIfNull(snippet);
        var parts = new List<SnippetPart>();
        var position = 0;
        while (position < snippet.Length)
        {
            var start = snippet.IndexOf(MatchStart, position, StringComparison.Ordinal);
            if (start < 0)
            {
                Add(snippet[position..], false);
                break;
            }

            Add(snippet[position..start], false);
            var end = snippet.IndexOf(MatchEnd, start + 1, StringComparison.Ordinal);
            if (end < 0)
            {
                Add(snippet[(start + 1)..], true);
                break;
            }

            Add(snippet[(start + 1)..end], true);
            position = end + 1;
        }

        return parts;

        void Add(string text, bool match)
        {
            if (text.Length > 0)
            {
                parts.Add(new SnippetPart(text, match));
            }
        }
    }
}
