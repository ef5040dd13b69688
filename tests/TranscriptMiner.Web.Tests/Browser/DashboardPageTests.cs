using System.IO.Compression;
using System.Text.Json;
using Microsoft.Playwright;
using TranscriptMiner.Core.Tests.Exchange;

namespace TranscriptMiner.Web.Tests.Browser;

/// <summary>The codebook and dashboard pages in Chromium, on a workspace with a decision, a failed file and two evaluations.</summary>
[Collection(ChromiumCollection.Name)]
public sealed class DashboardPageTests : IAsyncLifetime
{
    private readonly ChromiumFixture _chromium;
    private SampleWorkspace? _workspace;
    private TestWorkbench? _workbench;

    public DashboardPageTests(ChromiumFixture chromium) => _chromium = chromium;

    public async Task InitializeAsync()
    {
        _workspace = await SampleWorkspace.CreateAsync();
        var (segment, codeId) = WorkspaceData.FirstSuggestion(_workspace);
        await WorkspaceData.AcceptAsync(_workspace, segment, codeId);
        await WorkspaceData.IngestBrokenFileAsync(_workspace);
        await WorkspaceData.EvaluateAsync(_workspace);
        var (code, _, error) = await _workspace.RunAsync("evaluate", "--folds", "4", "--seed", "11");
        Assert.True(code == 0, error);
        _workbench = await TestWorkbench.StartOnLoopbackAsync(_workspace.Root);
    }

    [Fact]
    public async Task Codebook_lists_codes_with_counts_filters_and_links_to_search()
    {
        using var api = JsonDocument.Parse(await _workbench!.Client.GetStringAsync("/api/codebook"));
        var finance = api.RootElement.GetProperty("codes").EnumerateArray().Single(c => c.GetProperty("id").GetString() == "financial-pressure");
        var page = await _chromium.NewPageAsync(_workbench);

        await page.GotoAsync("/#/codebook");

        var card = page.Locator("article.code[data-code='financial-pressure']");
        await Assertions.Expect(card.Locator(".code-name")).ToHaveTextAsync(finance.GetProperty("name").GetString()!);
        await Assertions.Expect(card.Locator("a[href='#/search?code=financial-pressure'] .count-value")).ToHaveTextAsync(finance.GetProperty("confirmed").GetInt32().ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("en-GB")));
        await Assertions.Expect(card.Locator("a[href='#/review?code=financial-pressure'] .count-value")).ToHaveTextAsync(finance.GetProperty("pending").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Assertions.Expect(card.Locator("dl")).ToContainTextAsync("When to use");
        Assert.Equal(api.RootElement.GetProperty("codes").GetArrayLength(), await page.Locator("article.code").CountAsync());
        await ChromiumFixture.ScreenshotAsync(page, "codebook");

        await page.Keyboard.PressAsync("/");
        await Assertions.Expect(page.Locator("#codebook-filter")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("analysts");
        await Assertions.Expect(page.Locator("#codebook-shown")).ToContainTextAsync("codes shown");
        await Assertions.Expect(card).ToBeHiddenAsync();
        var analysts = page.Locator("article.code[data-code='analytical-capacity']");
        await Assertions.Expect(analysts).ToBeVisibleAsync();

        await analysts.Locator("a[href='#/search?code=analytical-capacity']").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("#/search\\?code=analytical-capacity$"));
        await Assertions.Expect(page.Locator("nav a[data-page=search]")).ToHaveAttributeAsync("aria-current", string.Empty);
    }

    [Fact]
    public async Task Dashboard_shows_tiles_failures_and_the_evaluation_per_code()
    {
        var page = await _chromium.NewPageAsync(_workbench!);

        await page.GotoAsync("/#/dashboard");

        await Assertions.Expect(page.Locator(".tile", new() { HasText = "documents" }).Locator(".tile-value")).Not.ToHaveTextAsync("0");
        await Assertions.Expect(page.Locator(".tile", new() { HasText = "failures" }).Locator(".tile-value")).ToHaveTextAsync("1");
        await Assertions.Expect(page.Locator(".tile", new() { HasText = "decisions" })).ToContainTextAsync("accepted");
        await Assertions.Expect(page.Locator("#failures table")).ToContainTextAsync("broken-board-paper.docx");
        await Assertions.Expect(page.Locator(".eval-source")).ToHaveAttributeAsync("data-source", "evaluation");
        var finance = page.Locator(".eval-table tr[data-code='financial-pressure']");
        await Assertions.Expect(finance).ToContainTextAsync("36");
        await Assertions.Expect(finance.Locator("svg.metric-bars")).ToHaveCountAsync(1);
        Assert.Matches(@"^precision \d\.\d\d, recall \d\.\d\d, F1 \d\.\d\d, rules F1 \d\.\d\d$", await finance.Locator("svg.metric-bars").GetAttributeAsync("aria-label"));
        await Assertions.Expect(finance.Locator("svg.sparkline polyline")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator(".eval-summary")).ToContainTextAsync("over 2 evaluations");
        await ChromiumFixture.ScreenshotAsync(page, "dashboard");
    }

    [Fact]
    public async Task The_qdpx_download_link_saves_a_valid_project()
    {
        var page = await _chromium.NewPageAsync(_workbench!);
        await page.GotoAsync("/#/dashboard");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "REFI-QDA project (.qdpx)" }).ClickAsync());

        Assert.Matches(@"^transcriptminer-\d{4}-\d{2}-\d{2}\.qdpx$", download.SuggestedFilename);
        var path = Path.Combine(_workspace!.Root, download.SuggestedFilename);
        await download.SaveAsAsync(path);
        using var zip = ZipFile.OpenRead(path);
        var entry = zip.GetEntry("project.qde");
        Assert.NotNull(entry);
        using var stream = entry.Open();
        Assert.Empty(ExchangeFixtures.Validate(stream, ExchangeFixtures.Schema()));
    }

    [Fact]
    public async Task Ticking_include_suggestions_changes_the_download_links()
    {
        var page = await _chromium.NewPageAsync(_workbench!);
        await page.GotoAsync("/#/dashboard");
        var csv = page.GetByRole(AriaRole.Link, new() { Name = "Coded segments (.csv)" });
        await Assertions.Expect(csv).ToHaveAttributeAsync("href", "/api/exports/csv");

        await page.GetByLabel("Include pending suggestions").CheckAsync();

        await Assertions.Expect(csv).ToHaveAttributeAsync("href", "/api/exports/csv?includeSuggestions=true");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Quotes (.docx)" })).ToHaveAttributeAsync("href", "/api/exports/quotes?format=docx&includeSuggestions=true");
    }

    [Fact]
    public async Task Refresh_shows_a_decision_made_meanwhile()
    {
        var page = await _chromium.NewPageAsync(_workbench!);
        await page.GotoAsync("/#/dashboard");
        var decisions = page.Locator(".tile", new() { HasText = "decisions" }).Locator(".tile-value");
        await Assertions.Expect(decisions).Not.ToHaveTextAsync(string.Empty);
        var before = int.Parse(await decisions.TextContentAsync() ?? "0", System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.GetCultureInfo("en-GB"));
        var (segment, codeId) = WorkspaceData.FirstSuggestion(_workspace!);
        await WorkspaceData.AcceptAsync(_workspace!, segment, codeId, "ben");

        await page.GetByRole(AriaRole.Button, new() { Name = "Refresh" }).ClickAsync();

        await Assertions.Expect(decisions).ToHaveTextAsync((before + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    public async Task DisposeAsync()
    {
        if (_workbench is not null)
        {
            await _workbench.DisposeAsync();
        }

        _workspace?.Dispose();
    }
}
