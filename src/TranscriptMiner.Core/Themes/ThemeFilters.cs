using System.Text.Json;
using System.Text.Json.Serialization;
using TranscriptMiner.Core.Model;
using TranscriptMiner.Core.Search;

namespace TranscriptMiner.Core.Themes;

/// <summary>
/// The filters of a theme (a saved search), stored as the catalog's <c>filters_json</c>: camelCase JSON with the
/// properties always in the same order, enums as camelCase text and dates as <c>yyyy-MM-dd</c>.
/// </summary>
public sealed record ThemeFilters
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
    };

    /// <summary>Gets the document kinds to keep (any of them); empty keeps all.</summary>
    public IReadOnlyList<DocumentKind> Kinds { get; init; } = [];

    /// <summary>Gets the organisations to keep (any of them); empty keeps all.</summary>
    public IReadOnlyList<string> Organisations { get; init; } = [];

    /// <summary>Gets the committees to keep (any of them); empty keeps all.</summary>
    public IReadOnlyList<string> Committees { get; init; } = [];

    /// <summary>Gets the speakers to keep (any of them); empty keeps all.</summary>
    public IReadOnlyList<string> Speakers { get; init; } = [];

    /// <summary>Gets the earliest meeting date to keep (inclusive), if any.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Gets the latest meeting date to keep (inclusive), if any.</summary>
    public DateOnly? To { get; init; }

    /// <summary>Gets the hit order.</summary>
    public SearchSort Sort { get; init; } = SearchSort.Relevance;

    /// <summary>Gets the number of hits to show.</summary>
    public int Top { get; init; } = 20;

    /// <summary>Takes the filters of a search request (its query is stored separately).</summary>
    /// <param name="request">The request.</param>
    /// <returns>The filters.</returns>
    public static ThemeFilters FromRequest(SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new ThemeFilters
        {
            Kinds = [.. request.Kinds],
            Organisations = [.. request.Organisations],
            Committees = [.. request.Committees],
            Speakers = [.. request.Speakers],
            From = request.From,
            To = request.To,
            Sort = request.Sort,
            Top = request.Top,
        };
    }

    /// <summary>Reads filters from the catalog's JSON.</summary>
    /// <param name="json">The JSON; <see langword="null"/> or blank means no filters.</param>
    /// <returns>The filters.</returns>
    /// <exception cref="FormatException">The JSON is not a theme's filters.</exception>
    public static ThemeFilters FromJson(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return new ThemeFilters();
        }

        ThemeFilters? filters;
        try
        {
            filters = JsonSerializer.Deserialize<ThemeFilters>(json, JsonOptions);
        }
        catch (JsonException exception)
        {
            throw new FormatException($"the theme's filters are not valid: {exception.Message}", exception);
        }

        if (filters is null)
        {
            return new ThemeFilters();
        }

        return filters with
        {
            Kinds = filters.Kinds ?? [],
            Organisations = filters.Organisations ?? [],
            Committees = filters.Committees ?? [],
            Speakers = filters.Speakers ?? [],
            Top = Math.Max(0, filters.Top),
        };
    }

    /// <summary>Writes the filters as the catalog's JSON.</summary>
    /// <returns>Compact camelCase JSON.</returns>
    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);

    /// <summary>Builds the search request for a query with these filters.</summary>
    /// <param name="query">The query in Lucene classic syntax.</param>
    /// <returns>The request.</returns>
    public SearchRequest ToRequest(string query) => new()
    {
        Query = query,
        Kinds = Kinds,
        Organisations = Organisations,
        Committees = Committees,
        Speakers = Speakers,
        From = From,
        To = To,
        Sort = Sort,
        Top = Top,
    };
}
