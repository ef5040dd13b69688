using System.CommandLine;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using TranscriptMiner.Core.Catalog;
using TranscriptMiner.Core.Search;
using TranscriptMiner.Core.Themes;

namespace TranscriptMiner.Cli.Commands;

/// <summary>
/// <c>transcriptminer theme add|list|run|remove</c>: saved searches. Adding and removing write the catalog (the
/// workspace lock); running searches the index read-only, then records the run time when the workspace is free.
/// </summary>
internal sealed class ThemeCommand : HostedCommand
{
    private readonly Argument<string> _addName = new("name") { Description = "The theme's name (unique, case-insensitive)." };
    private readonly Argument<string> _addQuery = new("query") { Description = "Lucene classic syntax, as for search." };
    private readonly SearchFilterOptions _addFilters = new();

    private readonly Argument<string> _runName = new("name") { Description = "The theme's name." };
    private readonly Option<bool> _runNew = new("--new") { Description = "Only documents added or changed since the theme's last run." };
    private readonly Option<int?> _runTop = new("--top", "-n") { Description = "How many hits to show (default: the theme's own)." };
    private readonly SearchOutputOptions _runOutput = new();

    private readonly Argument<string> _removeName = new("name") { Description = "The theme's name." };

    public ThemeCommand(GlobalOptions globals, TextWriter output, TextWriter error)
        : base(globals, output, error)
    {

        var add = new Command("add", "Save a search as a theme (replacing one of the same name).") { _addName, _addQuery };
        _addFilters.AddTo(add);
        add.SetAction(InHost(AddAsync));

        var list = new Command("list", "List the themes: name, query, filters and last run.");
        list.SetAction(InHost(ListAsync));

        var run = new Command("run", "Run a theme's search; every run is recorded as its last run.") { _runName, _runNew, _runTop };
        _runOutput.AddTo(run);
        run.SetAction(InHost(RunAsync));

        var remove = new Command("remove", "Delete a theme.") { _removeName };
        remove.SetAction(InHost(RemoveAsync));

        Command = new Command("theme", "Saved searches (themes): add, list, run (optionally over what is new since the last run), remove.")
        {
            add, list, run, remove,
        };
    }

    private static string Describe(ThemeFilters filters)
    {
        var parts = new List<string>();
        if (filters.Kinds.Count > 0)
        {
            parts.Add("kind=" + string.Join(',', filters.Kinds));
        }

        AddList("org", filters.Organisations);
        AddList("committee", filters.Committees);
        AddList("speaker", filters.Speakers);
        if (filters.From is { } from)
        {
            parts.Add("from=" + from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        if (filters.To is { } to)
        {
            parts.Add("to=" + to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        if (filters.Sort == SearchSort.Date)
        {
            parts.Add("sort=date");
        }

        parts.Add("top=" + filters.Top.ToString(CultureInfo.InvariantCulture));
        return string.Join(' ', parts);

        void AddList(string label, IReadOnlyList<string> values)
        {
            if (values.Count > 0)
            {
                parts.Add($"{label}={string.Join(',', values.Select(v => v.Contains(' ', StringComparison.Ordinal) ? $"\"{v}\"" : v))}");
            }
        }
    }

    private static string FormatInstant(DateTimeOffset? instant) =>
        instant is { } at ? at.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture) : "never";

    private async Task<int> AddAsync(ParseResult parseResult, IServiceProvider services, CancellationToken cancellationToken)
    {
        var name = parseResult.GetValue(_addName) ?? string.Empty;
        var query = parseResult.GetValue(_addQuery) ?? string.Empty;
        if (string.IsNullOrWhiteSpace(name) || string.IsNullOrWhiteSpace(query))
        {
            await Error.WriteLineAsync("error: a theme needs a name and a query").ConfigureAwait(false);
            return CliApplication.BadArguments;
        }

        SearchRequest request;
        try
        {
            request = _addFilters.BuildRequest(parseResult, query);
            SearchService.CheckSyntax(query);
        }
        catch (Exception exception) when (exception is FormatException or QuerySyntaxException)
        {
            await Error.WriteLineAsync($"error: {exception.Message}").ConfigureAwait(false);
            return CliApplication.BadArguments;
        }

        using var workspace = await WorkspaceCommands.TryOpenForWritingAsync(services.GetRequiredService<WorkspaceLayout>(), services.GetRequiredService<WorkspaceOptions>(), Error).ConfigureAwait(false);
        if (workspace is null)
        {
            return CliApplication.Failed;
        }

        try
        {
            var existed = workspace.Store.FindTheme(name) is not null;
            var theme = workspace.Store.SaveTheme(name, query, ThemeFilters.FromRequest(request).ToJson());
            await Output.WriteLineAsync($"{(existed ? "Replaced" : "Saved")} theme '{theme.Name}': {theme.Query}").ConfigureAwait(false);
            return CliApplication.Success;
        }
        catch (CatalogException exception)
        {
            await Error.WriteLineAsync($"error: {exception.Message}").ConfigureAwait(false);
            return CliApplication.Failed;
        }
    }

    private async Task<int> ListAsync(ParseResult parseResult, IServiceProvider services, CancellationToken cancellationToken)
    {
        using var workspace = await WorkspaceCommands.TryOpenReadOnlyAsync(services.GetRequiredService<WorkspaceLayout>(), services.GetRequiredService<WorkspaceOptions>(), Error).ConfigureAwait(false);
        if (workspace is null)
        {
            return CliApplication.Failed;
        }

        var themes = workspace.Store.ListThemes();
        if (themes.Count == 0)
        {
            await Output.WriteLineAsync("No themes (add one with 'transcriptminer theme add NAME \"<query>\"' or 'search ... --save-as NAME').").ConfigureAwait(false);
            return CliApplication.Success;
        }

        var rows = new List<string[]> { new[] { "NAME", "QUERY", "FILTERS", "LAST RUN" } };
        foreach (var theme in themes)
        {
            string filters;
            try
            {
                filters = Describe(ThemeFilters.FromJson(theme.FiltersJson));
            }
            catch (FormatException)
            {
                filters = "(unreadable filters)";
            }

            rows.Add([theme.Name, theme.Query, filters, FormatInstant(theme.LastRunAt)]);
        }

        var widths = Enumerable.Range(0, 3).Select(c => rows.Max(r => r[c].Length)).ToArray();
        var text = new StringBuilder();
        foreach (var row in rows)
        {
            for (var c = 0; c < 3; c++)
            {
                text.Append(row[c].PadRight(widths[c])).Append("  ");
            }

            text.Append(row[3]).AppendLine();
        }

        await Output.WriteAsync(text, cancellationToken).ConfigureAwait(false);
        return CliApplication.Success;
    }

    private async Task<int> RunAsync(ParseResult parseResult, IServiceProvider services, CancellationToken cancellationToken)
    {
        var top = parseResult.GetValue(_runTop);
        if (top < 0)
        {
            await Error.WriteLineAsync("error: --top must be 0 or more").ConfigureAwait(false);
            return CliApplication.BadArguments;
        }

        var layout = services.GetRequiredService<WorkspaceLayout>();
        var options = services.GetRequiredService<WorkspaceOptions>();
        ThemeRunPlan plan;
        using (var workspace = await WorkspaceCommands.TryOpenReadOnlyAsync(layout, options, Error).ConfigureAwait(false))
        {
            if (workspace is null)
            {
                return CliApplication.Failed;
            }

            var name = parseResult.GetValue(_runName) ?? string.Empty;
            var theme = workspace.Store.FindTheme(name);
            if (theme is null)
            {
                await Error.WriteLineAsync($"error: no theme named '{name.Trim()}' (see 'transcriptminer theme list')").ConfigureAwait(false);
                return CliApplication.Failed;
            }

            try
            {
                plan = new ThemeRunner(workspace.Store).Plan(theme, new ThemeRunOptions { OnlyNew = parseResult.GetValue(_runNew), Top = top });
            }
            catch (FormatException exception)
            {
                await Error.WriteLineAsync($"error: theme '{theme.Name}': {exception.Message}").ConfigureAwait(false);
                return CliApplication.Failed;
            }
        }

        if (plan.ChangedSince is { } since)
        {
            await Error.WriteLineAsync(
                $"Searching {plan.Request.DocumentIds!.Count} document(s) added or changed since the last run ({FormatInstant(since)}).").ConfigureAwait(false);
        }
        else if (parseResult.GetValue(_runNew))
        {
            await Error.WriteLineAsync($"Theme '{plan.Theme.Name}' has never run: searching every document.").ConfigureAwait(false);
        }

        var (result, exitCode) = await SearchOutputOptions.TrySearchAsync(layout, plan.Request, Error).ConfigureAwait(false);
        if (result is null)
        {
            return exitCode;
        }

        await _runOutput.WriteAsync(parseResult, result, Output, cancellationToken).ConfigureAwait(false);
        await RecordRunAsync(layout, options, plan).ConfigureAwait(false);
        return CliApplication.Success;
    }

    private async Task RecordRunAsync(WorkspaceLayout layout, WorkspaceOptions options, ThemeRunPlan plan)
    {
        try
        {
            using var workspace = CatalogWorkspace.OpenForWriting(layout, options);
            ThemeRunner.RecordRun(workspace.Store, plan);
        }
        catch (Exception exception) when (exception is WorkspaceInUseException or CatalogException or IOException or UnauthorizedAccessException)
        {
            await Error.WriteLineAsync(
                $"warning: the last-run time of theme '{plan.Theme.Name}' could not be recorded ({exception.Message}); the next 'theme run --new' will include these documents again").ConfigureAwait(false);
        }
    }

    private async Task<int> RemoveAsync(ParseResult parseResult, IServiceProvider services, CancellationToken cancellationToken)
    {
        var layout = services.GetRequiredService<WorkspaceLayout>();
        using var workspace = await WorkspaceCommands.TryOpenExistingForWritingAsync(layout, services.GetRequiredService<WorkspaceOptions>(), Error).ConfigureAwait(false);
        if (workspace is null)
        {
            return CliApplication.Failed;
        }

        var name = parseResult.GetValue(_removeName) ?? string.Empty;
        try
        {
            if (!workspace.Store.RemoveTheme(name))
            {
                await Error.WriteLineAsync($"error: no theme named '{name.Trim()}' (see 'transcriptminer theme list')").ConfigureAwait(false);
                return CliApplication.Failed;
            }
        }
        catch (CatalogException exception)
        {
            await Error.WriteLineAsync($"error: {exception.Message}").ConfigureAwait(false);
            return CliApplication.Failed;
        }

        await Output.WriteLineAsync($"Removed theme '{name.Trim()}'.").ConfigureAwait(false);
        return CliApplication.Success;
    }
}
