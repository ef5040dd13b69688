using System.Globalization;
using System.Text;
using System.Text.Json;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace TranscriptMiner.Web.Tests.Browser;

/// <summary>
/// axe-core (Deque.AxeCore.Playwright, run inside the page through the DevTools protocol, so the workbench's CSP does not
/// stop it) on every page in a realistic state, with the WCAG 2 A/AA rules: no serious or critical violation. Moderate and
/// minor ones, what axe could not decide, and its best practices are written to the test output.
/// </summary>
[Collection(ChromiumCollection.Name)]
public sealed class AccessibilityTests : IAsyncLifetime
{
    private static readonly string[] WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    private readonly ChromiumFixture _chromium;
    private readonly ITestOutputHelper _output;
    private SampleWorkspace? _workspace;
    private TestWorkbench? _workbench;
    private (long SegmentId, string CodeId) _decided;

    public AccessibilityTests(ChromiumFixture chromium, ITestOutputHelper output)
    {
        _chromium = chromium;
        _output = output;
    }

    public async Task InitializeAsync()
    {
        _workspace = await SampleWorkspace.CreateAsync();
        _decided = WorkspaceData.FirstSuggestion(_workspace);
        await WorkspaceData.AcceptAsync(_workspace, _decided.SegmentId, _decided.CodeId);
        await WorkspaceData.IngestBrokenFileAsync(_workspace);
        await WorkspaceData.EvaluateAsync(_workspace);
        _workbench = await TestWorkbench.StartOnLoopbackAsync(_workspace.Root);
    }

    [Fact]
    public async Task Search_with_hits_a_facet_chip_and_a_syntax_error_has_no_serious_violation()
    {
        var page = await _chromium.NewPageAsync(_workbench!);
        await page.GotoAsync("/#/search?q=clinicians");
        await Assertions.Expect(page.Locator("#search-status")).ToContainTextAsync("passages");
        await page.Locator(".facet-value[data-key=kind][data-value=Transcript]").ClickAsync();
        await Assertions.Expect(page.Locator(".filter-chip[data-key=kind]")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator(".hit").First).ToBeVisibleAsync();

        await AssertAccessibleAsync(page, "search");

        await page.GotoAsync("/#/search?q=%22unfinished");
        await Assertions.Expect(page.Locator("#search-error")).ToContainTextAsync("quote");
        await AssertAccessibleAsync(page, "search with a syntax error");
    }

    [Fact]
    public async Task The_document_view_at_a_segment_has_no_serious_violation()
    {
        var hits = JsonDocument.Parse(await _workbench!.Client.GetStringAsync("/api/search?q=clinicians")).RootElement.GetProperty("hits");
        var documentId = hits[0].GetProperty("documentId").GetInt64().ToString(CultureInfo.InvariantCulture);
        var segmentId = hits[0].GetProperty("segmentId").GetInt64().ToString(CultureInfo.InvariantCulture);
        var page = await _chromium.NewPageAsync(_workbench);
        await page.GotoAsync($"/#/documents/{documentId}?segment={segmentId}");
        await Assertions.Expect(page.Locator($"#segment-{segmentId}")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("\\bcurrent\\b"));

        await AssertAccessibleAsync(page, "document");
    }

    [Fact]
    public async Task The_review_page_with_a_segment_and_its_keys_has_no_serious_violation()
    {
        var page = await _chromium.NewPageAsync(_workbench!);
        await page.GotoAsync("/");
        await page.EvaluateAsync("() => localStorage.setItem('transcriptminer.coder', 'amina')");
        await page.GotoAsync("/#/review");
        await Assertions.Expect(page.Locator(".review-candidate.selected")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#review-text mark").First).ToBeVisibleAsync();

        await AssertAccessibleAsync(page, "review");

        await page.Keyboard.PressAsync("?");
        await Assertions.Expect(page.Locator("#review-help")).ToBeVisibleAsync();
        await AssertAccessibleAsync(page, "review keys");
    }

    [Fact]
    public async Task The_codebook_has_no_serious_violation()
    {
        var page = await _chromium.NewPageAsync(_workbench!);
        await page.GotoAsync("/#/codebook");
        await Assertions.Expect(page.Locator("article.code").First).ToBeVisibleAsync();

        await AssertAccessibleAsync(page, "codebook");
    }

    [Fact]
    public async Task The_dashboard_with_a_failure_and_an_evaluation_has_no_serious_violation()
    {
        var page = await _chromium.NewPageAsync(_workbench!);
        await page.GotoAsync("/#/dashboard");
        await Assertions.Expect(page.Locator("#failures table")).ToContainTextAsync("broken-board-paper.docx");
        await Assertions.Expect(page.Locator(".eval-table tr[data-code='financial-pressure']")).ToHaveCountAsync(1);

        await AssertAccessibleAsync(page, "dashboard");
    }

    [Fact]
    public async Task The_coder_dialog_open_has_no_serious_violation()
    {
        var page = await _chromium.NewPageAsync(_workbench!);
        await page.GotoAsync("/#/search");
        await page.ClickAsync("#coder");
        await Assertions.Expect(page.Locator("#coder-dialog")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#coder-input")).ToBeFocusedAsync();

        await AssertAccessibleAsync(page, "coder dialog");
    }

    public async Task DisposeAsync()
    {
        if (_workbench is not null)
        {
            await _workbench.DisposeAsync();
        }

        _workspace?.Dispose();
    }

    /// <summary>Runs axe with the WCAG 2 A/AA rules; fails on a serious or critical violation, logs the others.</summary>
    private async Task AssertAccessibleAsync(IPage page, string name)
    {
        await page.Mouse.MoveAsync(0, 0);
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. WcagTags] },
        });
        Assert.True(result.Inapplicable.Length + result.Passes.Length > 0, "axe ran no rule: was it injected?");

        var serious = new StringBuilder();
        foreach (var violation in result.Violations)
        {
            var targets = string.Join(" | ", violation.Nodes.Take(3).Select(n => n.Target.ToString()));
            var line = $"{name}: {violation.Id} ({violation.Impact}, {violation.Nodes.Length} nodes) {violation.Help} — {targets}";
            _output.WriteLine(line);
            if (violation.Impact is "serious" or "critical")
            {
                serious.AppendLine(line);
            }
        }

        foreach (var unsure in result.Incomplete)
        {
            _output.WriteLine($"{name} (needs review): {unsure.Id} ({unsure.Impact}, {unsure.Nodes.Length} nodes) {unsure.Help} — {string.Join(" | ", unsure.Nodes.Take(3).Select(n => n.Target.ToString()))}");
        }

        Assert.True(serious.Length == 0, $"axe found serious or critical WCAG violations on the {name} page:{Environment.NewLine}{serious}");

        // axe's best practices (landmarks, heading order...) are not WCAG failures: written to the output only.
        var practices = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["best-practice"] } });
        foreach (var violation in practices.Violations)
        {
            _output.WriteLine($"{name} (best practice): {violation.Id} ({violation.Impact}, {violation.Nodes.Length} nodes) {violation.Help} — {string.Join(" | ", violation.Nodes.Take(3).Select(n => n.Target.ToString()))}");
        }
    }
}
