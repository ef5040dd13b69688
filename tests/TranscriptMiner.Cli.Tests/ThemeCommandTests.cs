using System.Text.Json;
using TranscriptMiner.Core.Catalog;

namespace TranscriptMiner.Cli.Tests;

/// <summary>Saved searches through the command line in process: theme add, list, run (and --new), remove; search --save-as.</summary>
public sealed class ThemeCommandTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("tm-themes-").FullName;

    public ThemeCommandTests()
    {
        Directory.CreateDirectory(Corpus);
        File.WriteAllText(Path.Combine(Corpus, "prescribing.txt"), "The committee reviewed antibiotic prescribing across the practices.\n\nWaiting lists were noted.\n");
        File.WriteAllText(Path.Combine(Corpus, "finance.txt"), "Financial recovery plans were approved.\n\nAntibiotic stewardship will return next month.\n");
    }

    private string Workspace => Path.Combine(_root, "workspace");

    private string Corpus => Path.Combine(_root, "corpus");

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task Theme_add_list_run_remove()
    {
        await IngestAsync();

        var (code, output, _) = await RunAsync("theme", "add", "Antibiotics", "antibiotic", "--top", "5", "--sort", "date");
        Assert.Equal(0, code);
        Assert.Contains("Saved theme 'Antibiotics'", output, StringComparison.Ordinal);

        (code, output, _) = await RunAsync("theme", "list");
        Assert.Equal(0, code);
        var line = Assert.Single(output.Split('\n'), l => l.StartsWith("Antibiotics", StringComparison.Ordinal));
        Assert.Contains("antibiotic", line, StringComparison.Ordinal);
        Assert.Contains("sort=date top=5", line, StringComparison.Ordinal);
        Assert.EndsWith("never", line.TrimEnd(), StringComparison.Ordinal);

        (code, output, _) = await RunAsync("theme", "run", "antibiotics", "--format", "json");
        Assert.Equal(0, code);
        Assert.Equal(["finance.txt", "prescribing.txt"], Sources(output));

        (_, output, _) = await RunAsync("theme", "list");
        Assert.DoesNotContain("never", output, StringComparison.Ordinal);

        (code, output, _) = await RunAsync("theme", "remove", "ANTIBIOTICS");
        Assert.Equal(0, code);
        Assert.Contains("Removed theme", output, StringComparison.Ordinal);
        (_, output, _) = await RunAsync("theme", "list");
        Assert.Contains("No themes", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_save_as_stores_the_query_and_filters_as_a_theme()
    {
        await IngestAsync();

        var (code, searched, error) = await RunAsync("search", "stewardship OR prescribing", "--top", "3", "--format", "json", "--save-as", "meds");
        Assert.Equal(0, code);
        Assert.Contains("Saved as theme 'meds'", error, StringComparison.Ordinal);

        var (_, list, _) = await RunAsync("theme", "list");
        Assert.Contains("stewardship OR prescribing", list, StringComparison.Ordinal);
        Assert.Contains("top=3", list, StringComparison.Ordinal);

        var (runCode, ran, _) = await RunAsync("theme", "run", "meds", "--format", "json");
        Assert.Equal(0, runCode);
        Assert.Equal(Sources(searched), Sources(ran));
        Assert.Equal(2, Sources(ran).Count);
    }

    [Fact]
    public async Task Run_new_after_adding_a_file_returns_only_hits_from_the_new_file()
    {
        await IngestAsync();
        await RunAsync("theme", "add", "antibiotics", "antibiotic");
        var (_, first, _) = await RunAsync("theme", "run", "antibiotics", "--new", "--format", "json");
        Assert.Equal(2, Sources(first).Count);

        await File.WriteAllTextAsync(Path.Combine(Corpus, "new-minutes.txt"), "Antibiotic resistance was raised by the chair.\n");
        await IngestAsync();
        var (code, second, error) = await RunAsync("theme", "run", "antibiotics", "--new", "--format", "json");
        var (_, third, _) = await RunAsync("theme", "run", "antibiotics", "--new", "--format", "json");
        var (_, all, _) = await RunAsync("theme", "run", "antibiotics", "--format", "json");

        Assert.Equal(0, code);
        Assert.Equal(["new-minutes.txt"], Sources(second));
        Assert.Contains("1 document(s) added or changed since the last run", error, StringComparison.Ordinal);
        Assert.Empty(Sources(third));
        Assert.Equal(3, Sources(all).Count);
    }

    [Fact]
    public async Task Run_top_overrides_the_themes_own_and_output_goes_to_a_file()
    {
        await IngestAsync();
        await RunAsync("theme", "add", "antibiotics", "antibiotic");
        var file = Path.Combine(_root, "hits.json");

        var (code, output, _) = await RunAsync("theme", "run", "antibiotics", "--top", "1", "--format", "json", "--output", file);

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, output);
        Assert.Single(Sources(await File.ReadAllTextAsync(file)));
    }

    [Fact]
    public async Task Unknown_theme_is_a_clear_error()
    {
        await IngestAsync();

        var (runCode, _, runError) = await RunAsync("theme", "run", "nope");
        var (removeCode, _, removeError) = await RunAsync("theme", "remove", "nope");

        Assert.Equal(1, runCode);
        Assert.Contains("no theme named 'nope'", runError, StringComparison.Ordinal);
        Assert.Equal(1, removeCode);
        Assert.Contains("no theme named 'nope'", removeError, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("theme", "add", "dates", "trust", "--from", "someday")]
    [InlineData("theme", "add", "onlyname")]
    [InlineData("theme", "add", "broken", "data AND (")]
    [InlineData("theme", "add", " ", "trust")]
    [InlineData("theme", "run")]
    [InlineData("theme", "run", "x", "--top", "-1")]
    [InlineData("theme", "run", "x", "--format", "xml")]
    [InlineData("search", "trust", "--save-as", " ")]
    public async Task Bad_arguments_exit_2(params string[] args)
    {
        await IngestAsync();

        var (code, _, error) = await RunAsync(args);

        Assert.Equal(2, code);
        Assert.Contains("error", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task While_the_workspace_is_in_use_add_fails_and_run_shows_results_with_a_warning()
    {
        await IngestAsync();
        await RunAsync("theme", "add", "antibiotics", "antibiotic");
        using var holder = CatalogWorkspace.OpenForWriting(new WorkspaceLayout(Workspace));

        var (addCode, _, addError) = await RunAsync("theme", "add", "other", "trust");
        var (runCode, ran, runError) = await RunAsync("theme", "run", "antibiotics", "--format", "json");

        Assert.Equal(1, addCode);
        Assert.Contains("in use", addError, StringComparison.Ordinal);
        Assert.Equal(0, runCode);
        Assert.Equal(2, Sources(ran).Count);
        Assert.Contains("warning: the last-run time of theme 'antibiotics' could not be recorded", runError, StringComparison.Ordinal);
        Assert.Null(holder.Store.FindTheme("antibiotics")!.LastRunAt);
    }

    private static List<string> Sources(string json)
    {
        using var document = JsonDocument.Parse(json);
        return [.. document.RootElement.GetProperty("hits").EnumerateArray().Select(h => Path.GetFileName(h.GetProperty("source").GetString()!)).Order(StringComparer.Ordinal)];
    }

    private async Task IngestAsync()
    {
        var (code, _, error) = await RunAsync("ingest", Corpus);
        Assert.True(code == 0, error);
    }

    private async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliApplication.RunAsync([.. args, "--workspace", Workspace], output, error);
        return (code, output.ToString(), error.ToString());
    }
}
