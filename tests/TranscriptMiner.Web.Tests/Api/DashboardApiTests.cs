using System.Net;
using System.Text.Json;

namespace TranscriptMiner.Web.Tests.Api;

/// <summary><c>GET /api/dashboard</c>: status, coding counts, failures, models, the latest evaluation per code.</summary>
public sealed class DashboardApiTests : IAsyncLifetime
{
    private SampleWorkspace? _workspace;

    public async Task InitializeAsync() => _workspace = await SampleWorkspace.CreateAsync();

    public Task DisposeAsync()
    {
        _workspace?.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_fresh_workspace_shows_its_documents_suggestions_and_no_evaluation()
    {
        await using var workbench = await TestWorkbench.StartInMemoryAsync(_workspace!.Root);

        var root = await GetAsync(workbench);

        var status = root.GetProperty("status");
        Assert.True(status.GetProperty("documents").GetInt32() > 0);
        Assert.True(status.GetProperty("segments").GetInt64() > status.GetProperty("documents").GetInt32());
        Assert.Equal(JsonValueKind.Object, status.GetProperty("lastIngest").ValueKind);
        Assert.True(status.GetProperty("lastIngest").GetProperty("counts").GetProperty("added").GetInt32() > 0);
        var coding = root.GetProperty("coding");
        Assert.Equal(0, coding.GetProperty("decisions").GetInt32());
        Assert.True(coding.GetProperty("pendingSuggestions").GetInt32() > 0);
        Assert.Equal(0, root.GetProperty("failures").GetProperty("total").GetInt32());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("models").ValueKind);
        Assert.Equal("none", root.GetProperty("evaluation").GetProperty("source").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("watch").ValueKind);
    }

    [Fact]
    public async Task A_decision_and_a_broken_file_show_up()
    {
        var (segment, codeId) = WorkspaceData.FirstSuggestion(_workspace!);
        await using var workbench = await TestWorkbench.StartInMemoryAsync(_workspace!.Root);
        var before = (await GetAsync(workbench)).GetProperty("coding");

        await WorkspaceData.AcceptAsync(_workspace, segment, codeId);
        var path = await WorkspaceData.IngestBrokenFileAsync(_workspace);

        var root = await GetAsync(workbench);
        var coding = root.GetProperty("coding");
        Assert.Equal(1, coding.GetProperty("decisions").GetInt32());
        Assert.Equal(1, coding.GetProperty("accepted").GetInt32());
        Assert.Equal(1, coding.GetProperty("coders").GetInt32());
        Assert.Equal(before.GetProperty("pendingSuggestions").GetInt32() - 1, coding.GetProperty("pendingSuggestions").GetInt32());
        var failures = root.GetProperty("failures");
        Assert.Equal(1, failures.GetProperty("total").GetInt32());
        var failure = failures.GetProperty("items")[0];
        Assert.Equal(Path.GetFullPath(path), failure.GetProperty("path").GetString());
        Assert.Equal("broken-board-paper.docx", failure.GetProperty("fileName").GetString());
        Assert.False(string.IsNullOrWhiteSpace(failure.GetProperty("kind").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(failure.GetProperty("message").GetString()));
    }

    [Fact]
    public async Task After_evaluate_the_dashboard_shows_each_codes_latest_figures_and_their_history()
    {
        await WorkspaceData.EvaluateAsync(_workspace!);
        await using var workbench = await TestWorkbench.StartInMemoryAsync(_workspace!.Root);

        var evaluation = (await GetAsync(workbench)).GetProperty("evaluation");

        Assert.Equal("evaluation", evaluation.GetProperty("source").GetString());
        Assert.Equal(3, evaluation.GetProperty("folds").GetInt32());
        Assert.Single(evaluation.GetProperty("history").EnumerateArray());
        var finance = evaluation.GetProperty("codes").EnumerateArray().Single(c => c.GetProperty("code").GetString() == "financial-pressure");
        Assert.Equal(36, finance.GetProperty("support").GetInt32());
        Assert.InRange(finance.GetProperty("f1").GetDouble(), 0.5, 1.0);
        Assert.InRange(finance.GetProperty("precision").GetDouble(), 0.0, 1.0);
        Assert.InRange(finance.GetProperty("recall").GetDouble(), 0.0, 1.0);
        Assert.Equal(JsonValueKind.Number, finance.GetProperty("threshold").ValueKind);
        Assert.Equal(JsonValueKind.Number, finance.GetProperty("baselineF1").ValueKind);
        Assert.Equal(finance.GetProperty("f1").GetDouble(), finance.GetProperty("history")[0].GetDouble());

        // A second run adds to the history; the report files are in workspace/evaluations.
        var (code, _, error) = await _workspace!.RunAsync("evaluate", "--folds", "3", "--seed", "9");
        Assert.True(code == 0, error);
        var again = (await GetAsync(workbench)).GetProperty("evaluation");
        Assert.Equal(2, again.GetProperty("history").GetArrayLength());
        Assert.Equal(2, again.GetProperty("codes").EnumerateArray().First().GetProperty("history").GetArrayLength());
        Assert.Equal(2, Directory.GetFiles(Path.Combine(_workspace.Root, "evaluations"), "*.json").Length);
    }

    [Fact]
    public async Task Trained_models_without_a_saved_evaluation_show_the_models_own_figures()
    {
        await WorkspaceData.ImportLabelsAsync(_workspace!);
        var (code, _, error) = await _workspace!.RunAsync("train");
        Assert.True(code == 0, error);
        await using var workbench = await TestWorkbench.StartInMemoryAsync(_workspace.Root);

        var root = await GetAsync(workbench);

        var models = root.GetProperty("models");
        Assert.False(string.IsNullOrWhiteSpace(models.GetProperty("version").GetString()));
        var modelled = models.GetProperty("codes").EnumerateArray().Single(c => c.GetProperty("codeId").GetString() == "financial-pressure");
        Assert.True(modelled.GetProperty("positives").GetInt32() >= 36);
        var evaluation = root.GetProperty("evaluation");
        Assert.Equal("models", evaluation.GetProperty("source").GetString());
        var finance = evaluation.GetProperty("codes").EnumerateArray().Single(c => c.GetProperty("code").GetString() == "financial-pressure");
        Assert.Equal(modelled.GetProperty("f1").GetDouble(), finance.GetProperty("f1").GetDouble());
        Assert.Equal(JsonValueKind.Null, finance.GetProperty("baselineF1").ValueKind);
    }

    [Fact]
    public async Task Models_trained_while_serving_show_at_the_next_refresh()
    {
        await WorkspaceData.ImportLabelsAsync(_workspace!);
        await using var workbench = await TestWorkbench.StartInMemoryAsync(_workspace!.Root);
        Assert.Equal(JsonValueKind.Null, (await GetAsync(workbench)).GetProperty("models").ValueKind);

        var (code, output, error) = await _workspace.RunAsync("train");
        Assert.True(code == 0, error);

        var version = (await GetAsync(workbench)).GetProperty("models").GetProperty("version").GetString();
        Assert.False(string.IsNullOrWhiteSpace(version));
        Assert.Contains(version!, output, StringComparison.Ordinal);
        Assert.Equal(version, (await GetAsync(workbench)).GetProperty("models").GetProperty("version").GetString());
    }

    [Fact]
    public async Task With_serve_watch_the_dashboard_shows_the_watcher_in_this_process()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_workspace!.Root, "inbox")).FullName;
        await using var workbench = await TestWorkbench.StartOnLoopbackAsync(_workspace.Root, [folder]);

        var watch = (await GetAsync(workbench)).GetProperty("watch");

        Assert.True(watch.GetProperty("inProcess").GetBoolean());
        Assert.Equal([folder], watch.GetProperty("folders").EnumerateArray().Select(f => f.GetString()));
        Assert.True(watch.GetProperty("queueLength").GetInt32() >= 0);
    }

    [Fact]
    public async Task Without_a_workspace_the_dashboard_is_404()
    {
        var empty = Path.Combine(_workspace!.Root, "nothing-here");
        await using var workbench = await TestWorkbench.StartInMemoryAsync(empty);

        var response = await workbench.Client.GetAsync("/api/dashboard");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("no workspace", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task<JsonElement> GetAsync(TestWorkbench workbench)
    {
        var response = await workbench.Client.GetAsync("/api/dashboard");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }
}
