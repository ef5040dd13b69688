using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using TranscriptMiner.Core.Catalog;
using TranscriptMiner.Core.Coding;

namespace TranscriptMiner.Web.Tests.Browser;

/// <summary>The review page in Chromium: keys record exactly the decisions a coder means, undo survives a reload.</summary>
[Collection(ChromiumCollection.Name)]
public sealed class ReviewPageTests : IAsyncLifetime
{
    private readonly ChromiumFixture _chromium;
    private SampleWorkspace? _workspace;
    private TestWorkbench? _workbench;

    public ReviewPageTests(ChromiumFixture chromium) => _chromium = chromium;

    public async Task InitializeAsync()
    {
        _workspace = await SampleWorkspace.CreateAsync();
        _workbench = await TestWorkbench.StartOnLoopbackAsync(_workspace.Root);
    }

    [Fact]
    public async Task Keys_accept_reject_add_undo_and_skip_and_the_catalog_holds_exactly_those_decisions()
    {
        var page = await _chromium.NewPageAsync(_workbench!);
        await page.GotoAsync("/#/review");
        await page.FillAsync("#coder-input", "amina");
        await page.ClickAsync("#coder-ok");
        var status = page.Locator("#review-status");
        await Assertions.Expect(page.Locator(".review-candidate.selected")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#review-text mark").First).ToBeVisibleAsync();

        // a: accept the selected suggestion.
        var (segment1, code1) = await SelectedAsync(page);
        await page.Keyboard.PressAsync("a");
        await Assertions.Expect(status).ToHaveTextAsync($"accepted '{code1}' on segment {segment1}");
        await ChromiumFixture.ScreenshotAsync(page, "review");

        // j/k and arrows move the selection; r rejects the selected code.
        await page.Keyboard.PressAsync("j");
        await page.Keyboard.PressAsync("k");
        var (segment2, code2) = await SelectedAsync(page);
        await page.Keyboard.PressAsync("r");
        await Assertions.Expect(status).ToHaveTextAsync($"rejected '{code2}' on segment {segment2}");

        // Digits add a code from the palette (more than 9 codes: the number commits once unambiguous, or with Enter).
        var segment3 = await SegmentIdAsync(page);
        var listed = await page.Locator(".review-candidate").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.code)");
        var codes = await page.Locator(".review-codes button").EvaluateAllAsync<string[][]>("buttons => buttons.map(b => [b.dataset.code, b.dataset.number])");
        var added = codes.First(c => !listed.Contains(c[0], StringComparer.OrdinalIgnoreCase));
        foreach (var digit in added[1])
        {
            await page.Keyboard.PressAsync(digit.ToString());
        }

        if (int.Parse(added[1], CultureInfo.InvariantCulture) * 10 <= codes.Length)
        {
            await Assertions.Expect(page.Locator("#review-buffer")).ToContainTextAsync(added[1]);
            await page.Keyboard.PressAsync("Enter");
        }

        await Assertions.Expect(status).ToHaveTextAsync($"added '{added[0]}' on segment {segment3}");
        await Assertions.Expect(page.Locator($".review-candidate[data-code='{added[0]}'] .chip.confirmed")).ToHaveTextAsync("accepted");

        // u undoes the last decision of this session.
        await page.Keyboard.PressAsync("u");
        await Assertions.Expect(status).ToHaveTextAsync($"undid accepted '{added[0]}' on segment {segment3}");

        // n skips to the next segment with something to decide.
        await page.Keyboard.PressAsync("n");
        await Assertions.Expect(page.Locator("article.review-item")).Not.ToHaveAttributeAsync("data-segment-id", segment3.ToString(CultureInfo.InvariantCulture));

        // ? shows the keys; Escape hides them.
        await page.Keyboard.PressAsync("?");
        await Assertions.Expect(page.Locator("#review-help")).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(page.Locator("#review-help")).ToBeHiddenAsync();

        // Leaving the page removes its keys: a on another page decides nothing.
        await page.ClickAsync("nav a[data-page=search]");
        await Assertions.Expect(page.Locator("article.review-item")).ToHaveCountAsync(0);
        await page.Keyboard.PressAsync("a");
        await page.ClickAsync("nav a[data-page=review]");
        await Assertions.Expect(page.Locator(".review-candidate.selected")).ToHaveCountAsync(1);

        using (var catalog = OpenCatalog())
        {
            var current = catalog.Coding.ReadDecisions().Select(d => (d.SegmentId, d.CodeId, d.Verdict, d.Coder)).OrderBy(d => d.CodeId, StringComparer.Ordinal).ToList();
            var expected = new[] { (segment1, code1, DecisionVerdict.Accepted, "amina"), (segment2, code2, DecisionVerdict.Rejected, "amina") }.OrderBy(d => d.Item2, StringComparer.Ordinal).ToList();
            Assert.Equal(expected, current);
            var undone = Assert.Single(catalog.Coding.ReadDecisionHistory(), d => d.State == DecisionState.Undone);
            Assert.Equal((segment3, added[0], "human", (double?)null), (undone.SegmentId, undone.CodeId, undone.Source, undone.Score));
            Assert.StartsWith("rule", catalog.Coding.ReadDecisions(segment1, code1).Single().Source, StringComparison.Ordinal);
        }

        // The undo stack is kept for the browser session: after a reload, u takes the rejection back.
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator(".review-candidate.selected")).ToHaveCountAsync(1);
        await page.Keyboard.PressAsync("u");
        await Assertions.Expect(status).ToHaveTextAsync($"undid rejected '{code2}' on segment {segment2}");
        await Assertions.Expect(page.Locator("#review-progress")).ToContainTextAsync("1 accepted, 0 rejected, 0 added");

        using var reopened = OpenCatalog();
        var left = Assert.Single(reopened.Coding.ReadDecisions());
        Assert.Equal((segment1, code1, DecisionVerdict.Accepted, "amina"), (left.SegmentId, left.CodeId, left.Verdict, left.Coder));
    }

    [Fact]
    public async Task A_code_filter_with_nothing_left_shows_that_there_is_nothing_to_review()
    {
        var code = await RarestQueuedCodeAsync();
        var page = await _chromium.NewPageAsync(_workbench!);
        await page.GotoAsync("/");
        await page.EvaluateAsync("() => localStorage.setItem('transcriptminer.coder', 'ben')");
        await page.GotoAsync($"/#/review?code={code}&order=score");
        await Assertions.Expect(page.Locator("#review-code")).ToHaveValueAsync(code);
        await Assertions.Expect(page.Locator("#review-order")).ToHaveValueAsync("score");
        var candidates = page.Locator(".review-candidate");
        var empty = page.Locator(".review-empty");
        await Assertions.Expect(candidates.Or(empty).First).ToBeVisibleAsync();

        // Reject every pending suggestion of the code with R until the queue is empty.
        for (var i = 0; i < 100 && await empty.CountAsync() == 0; i++)
        {
            var segment = await SegmentIdAsync(page);
            await page.Keyboard.PressAsync("R");
            await Assertions.Expect(page.Locator("#review-status")).ToContainTextAsync($"on segment {segment}");
            await Assertions.Expect(page.Locator($"article.review-item[data-segment-id='{segment}']")).ToHaveCountAsync(0);
        }

        await Assertions.Expect(empty).ToContainTextAsync("End of the review queue");
        await page.ReloadAsync();
        await Assertions.Expect(empty).ToContainTextAsync("Nothing to review");
        using var catalog = OpenCatalog();
        var decisions = catalog.Coding.ReadDecisions();
        Assert.NotEmpty(decisions);
        Assert.All(decisions, d => Assert.Equal((code, DecisionVerdict.Rejected, "ben"), (d.CodeId, d.Verdict, d.Coder)));
        Assert.Equal(0, (await GetJsonAsync($"/api/review/queue?coder=ben&code={code}"))["total"]!.GetValue<int>());
    }

    public async Task DisposeAsync()
    {
        if (_workbench is not null)
        {
            await _workbench.DisposeAsync();
        }

        _workspace?.Dispose();
    }

    /// <summary>The code with the fewest queued segments (at least one), to review to the end.</summary>
    private async Task<string> RarestQueuedCodeAsync()
    {
        var codes = (await GetJsonAsync("/api/review/queue?coder=ben&limit=1"))["codes"]!.AsArray().Select(c => c!["id"]!.GetValue<string>());
        var totals = new List<(string Code, int Total)>();
        foreach (var code in codes)
        {
            totals.Add((code, (await GetJsonAsync($"/api/review/queue?coder=ben&limit=1&code={code}"))["total"]!.GetValue<int>()));
        }

        return totals.Where(t => t.Total > 0).MinBy(t => t.Total).Code;
    }

    private async Task<JsonObject> GetJsonAsync(string path) =>
        JsonNode.Parse(await _workbench!.Client.GetStringAsync(new Uri(path, UriKind.Relative)))!.AsObject();

    private static async Task<long> SegmentIdAsync(IPage page) =>
        long.Parse((await page.Locator("article.review-item").GetAttributeAsync("data-segment-id"))!, CultureInfo.InvariantCulture);

    private static async Task<(long Segment, string Code)> SelectedAsync(IPage page) =>
        (await SegmentIdAsync(page), (await page.Locator(".review-candidate.selected").GetAttributeAsync("data-code"))!);

    private CatalogWorkspace OpenCatalog() => CatalogWorkspace.OpenReadOnly(new WorkspaceLayout(_workspace!.Root));
}
