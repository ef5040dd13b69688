using System.CommandLine;
using System.Globalization;
using TranscriptMiner.Core.Metadata;
using TranscriptMiner.Core.Model;
using TranscriptMiner.Core.Search;

namespace TranscriptMiner.Cli.Commands;

/// <summary>The search filter options (<c>--kind --org --committee --speaker --from --to --top --sort</c>) and the request built from them, shared by <c>search</c> and <c>theme add</c>.</summary>
internal sealed class SearchFilterOptions
{
    private readonly Option<DocumentKind[]> _kind = new("--kind") { Description = "Only these document kinds (Minutes, BoardPaper, Transcript, Other).", AllowMultipleArgumentsPerToken = true };
    private readonly Option<string[]> _organisation = new("--org") { Description = "Only these organisations (exact name).", AllowMultipleArgumentsPerToken = true };
    private readonly Option<string[]> _committee = new("--committee") { Description = "Only these committees (exact name).", AllowMultipleArgumentsPerToken = true };
    private readonly Option<string[]> _speaker = new("--speaker") { Description = "Only turns of these speakers.", AllowMultipleArgumentsPerToken = true };
    private readonly Option<string?> _from = new("--from") { Description = "Meetings on or after this date (2022-01-01, 1 January 2022, 01/01/2022)." };
    private readonly Option<string?> _to = new("--to") { Description = "Meetings on or before this date." };
    private readonly Option<int> _top = new("--top", "-n") { Description = "How many hits to show.", DefaultValueFactory = _ => 20 };
    private readonly Option<string> _sort = new("--sort") { Description = "relevance or date (newest first).", DefaultValueFactory = _ => "relevance" };

    public SearchFilterOptions() => _sort.AcceptOnlyFromAmong("relevance", "date");

    public void AddTo(Command command)
    {
        command.Add(_kind);
        command.Add(_organisation);
        command.Add(_committee);
        command.Add(_speaker);
        command.Add(_from);
        command.Add(_to);
        command.Add(_top);
        command.Add(_sort);
    }

    /// <summary>Builds the request for a query from the parsed filter options.</summary>
    /// <exception cref="FormatException">A date is not a date.</exception>
    public SearchRequest BuildRequest(ParseResult parseResult, string query) => CreateRequest(
        query,
        parseResult.GetValue(_kind) ?? [],
        parseResult.GetValue(_organisation) ?? [],
        parseResult.GetValue(_committee) ?? [],
        parseResult.GetValue(_speaker) ?? [],
        (parseResult.GetValue(_from), "--from"),
        (parseResult.GetValue(_to), "--to"),
        parseResult.GetValue(_top),
        parseResult.GetValue(_sort));

    /// <summary>Builds a search request from filter values as given (by the command line or the workbench).</summary>
    /// <param name="query">The query.</param>
    /// <param name="kinds">Document kinds to keep.</param>
    /// <param name="organisations">Organisations to keep.</param>
    /// <param name="committees">Committees to keep.</param>
    /// <param name="speakers">Speakers to keep.</param>
    /// <param name="from">The earliest date as typed, and the option's name for the error message.</param>
    /// <param name="to">The latest date as typed, and the option's name for the error message.</param>
    /// <param name="top">How many hits.</param>
    /// <param name="sort"><c>date</c> for newest first; anything else is relevance.</param>
    /// <returns>The request.</returns>
    /// <exception cref="FormatException">A date is not a date.</exception>
    public static SearchRequest CreateRequest(
        string query,
        IReadOnlyList<DocumentKind> kinds,
        IReadOnlyList<string> organisations,
        IReadOnlyList<string> committees,
        IReadOnlyList<string> speakers,
        (string? Text, string Option) from,
        (string? Text, string Option) to,
        int top,
        string? sort) => new()
        {
            Query = query,
            Kinds = kinds,
            Organisations = organisations,
            Committees = committees,
            Speakers = speakers,
            From = ParseDate(from.Text, from.Option),
            To = ParseDate(to.Text, to.Option),
            Top = Math.Max(0, top),
            Sort = string.Equals(sort, "date", StringComparison.OrdinalIgnoreCase) ? SearchSort.Date : SearchSort.Relevance,
        };

    private static DateOnly? ParseDate(string? text, string option)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (UkDateParser.TryParse(text, out var date) || DateOnly.TryParse(text, CultureInfo.InvariantCulture, out date))
        {
            return date;
        }

        throw new FormatException($"{option} '{text}' is not a date (try 2022-01-01 or 1 January 2022)");
    }
}
