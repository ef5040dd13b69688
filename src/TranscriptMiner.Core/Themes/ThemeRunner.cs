using TranscriptMiner.Core.Catalog;
using TranscriptMiner.Core.Search;

namespace TranscriptMiner.Core.Themes;

/// <summary>
/// Runs themes (saved searches): builds the search request from a stored theme, restricts it to the documents
/// changed since the last run when asked, searches, and records the run.
/// </summary>
/// <remarks>
/// The steps are public on their own so that a process that only reads the workspace can plan and search, then record
/// the run through a catalog opened for writing (<see cref="RecordRun"/>) when it can get one.
/// </remarks>
public sealed class ThemeRunner
{
    private readonly CatalogStore _catalog;
    private readonly TimeProvider _time;

    /// <summary>Initializes a new instance of the <see cref="ThemeRunner"/> class.</summary>
    /// <param name="catalog">The catalog the themes and document changes are read from (read-only is enough for <see cref="Plan"/>).</param>
    /// <param name="timeProvider">The clock for run times; the system clock by default.</param>
    public ThemeRunner(CatalogStore catalog, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        _catalog = catalog;
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <summary>Builds the search request of a theme, without any restriction to changed documents.</summary>
    /// <param name="theme">The theme.</param>
    /// <param name="top">The number of hits instead of the theme's own, if any.</param>
    /// <returns>The request.</returns>
    /// <exception cref="FormatException">The theme's stored filters are not valid.</exception>
    public static SearchRequest BuildRequest(ThemeDefinition theme, int? top = null)
    {
        ArgumentNullException.ThrowIfNull(theme);
        var request = ThemeFilters.FromJson(theme.FiltersJson).ToRequest(theme.Query);
        return top is { } n ? request with { Top = Math.Max(0, n) } : request;
    }

    /// <summary>Records a planned run as the theme's last run.</summary>
    /// <param name="writableCatalog">A catalog opened for writing.</param>
    /// <param name="plan">The run.</param>
    /// <returns><see langword="true"/> when the theme still exists.</returns>
    public static bool RecordRun(CatalogStore writableCatalog, ThemeRunPlan plan)
    {
        ArgumentNullException.ThrowIfNull(writableCatalog);
        ArgumentNullException.ThrowIfNull(plan);
        return writableCatalog.MarkThemeRun(plan.Theme.Name, plan.StartedAt);
    }

    /// <summary>Plans a run: the run time, then the request (restricted to changed documents when asked).</summary>
    /// <param name="theme">The theme.</param>
    /// <param name="options">How to run it.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="FormatException">The theme's stored filters are not valid.</exception>
    public ThemeRunPlan Plan(ThemeDefinition theme, ThemeRunOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(theme);
        options ??= new ThemeRunOptions();
        var startedAt = _time.GetUtcNow();
        var request = BuildRequest(theme, options.Top);
        if (options.OnlyNew && theme.LastRunAt is { } lastRun)
        {
            request = request with { DocumentIds = _catalog.DocumentsChangedSince(lastRun) };
            return new ThemeRunPlan(theme, request, startedAt, lastRun);
        }

        return new ThemeRunPlan(theme, request, startedAt, null);
    }

    /// <summary>Plans, searches and records a run in this runner's catalog (which must be open for writing).</summary>
    /// <param name="name">The theme's name (case-insensitive).</param>
    /// <param name="search">The search service over the workspace's index.</param>
    /// <param name="options">How to run it.</param>
    /// <returns>The outcome, or <see langword="null"/> when there is no such theme.</returns>
    /// <exception cref="QuerySyntaxException">The theme's query is malformed.</exception>
    public ThemeRunResult? Run(string name, SearchService search, ThemeRunOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(search);
        var theme = _catalog.FindTheme(name);
        if (theme is null)
        {
            return null;
        }

        var plan = Plan(theme, options);
        var result = search.Search(plan.Request);
        var recorded = RecordRun(_catalog, plan);
        return new ThemeRunResult(plan, result, recorded);
    }
}
