using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace TranscriptMiner.Web.Tests.Browser;

/// <summary>The search page and the document view in Chromium: search, narrow by a facet, open a hit in its document.</summary>
[Collection(ChromiumCollection.Name)]
public sealed class SearchPageTests : IAsyncLifetime
{
    private readonly ChromiumFixture _chromium;
    private SampleWorkspace? _workspace;
    private TestWorkbench? _workbench;

    public SearchPageTests(ChromiumFixture chromium) => _chromium = chromium;

    public async Task InitializeAsync()
    {
        _workspace = await SampleWorkspace.CreateAsync();
        _workbench = await TestWorkbench.StartOnLoopbackAsync(_workspace.Root);
    }

    [Fact]
    public async Task Search_narrow_by_a_facet_and_open_a_hit_in_its_document()
    {
        await ConfirmACodeOnTheInterviewAsync();
        var page = await _chromium.NewPageAsync(_workbench!);
        await page.GotoAsync("/#/search");
        await Assertions.Expect(page.Locator("#search-q")).ToBeFocusedAsync();

        await page.FillAsync("#search-q", "clinicians");
        await page.PressAsync("#search-q", "Enter");
        await Assertions.Expect(page.Locator("#search-status")).ToContainTextAsync("passages");
        Assert.True(await page.Locator(".hit").CountAsync() >= 3);
        await Assertions.Expect(page.Locator(".hit mark").First).ToHaveTextAsync(new Regex("^clinician", RegexOptions.IgnoreCase));
        Assert.Contains("q=clinicians", page.Url, StringComparison.Ordinal);

        var facet = page.Locator(".facet-value[data-key=kind][data-value=Transcript]");
        var count = int.Parse(await facet.Locator(".facet-count").TextContentAsync() ?? "0", CultureInfo.InvariantCulture);
        await facet.ClickAsync();
        await Assertions.Expect(page.Locator(".filter-chip[data-key=kind]")).ToContainTextAsync("Kind: Transcript");
        await Assertions.Expect(page.Locator(".facet-value[data-key=kind][data-value=Transcript]")).ToBeFocusedAsync();
        await Assertions.Expect(page.Locator(".hit")).ToHaveCountAsync(count);
        await Assertions.Expect(page.Locator(".hit .kind-chip").Filter(new() { HasNotText = "Transcript" })).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator(".hit .chip.confirmed")).ToHaveCountAsync(1);
        await page.Mouse.MoveAsync(0, 0);
        await ChromiumFixture.ScreenshotAsync(page, "search");

        await page.GoBackAsync();
        await Assertions.Expect(page.Locator(".filter-chip")).ToHaveCountAsync(0);
        await page.GoForwardAsync();
        await Assertions.Expect(page.Locator(".filter-chip[data-key=kind]")).ToHaveCountAsync(1);

        var coded = page.Locator(".hit").Filter(new() { Has = page.Locator(".chip.confirmed") });
        var link = coded.Locator(".hit-link");
        var segmentId = await coded.GetAttributeAsync("data-segment");
        await link.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"#/documents/\\d+\\?segment={segmentId}$"));
        await Assertions.Expect(page.Locator($"#segment-{segmentId}")).ToHaveClassAsync(new Regex("\\bcurrent\\b"));
        await Assertions.Expect(page.Locator($"#segment-{segmentId}")).ToBeInViewportAsync();
        await Assertions.Expect(page.Locator($"#segment-{segmentId} .chip.confirmed")).ToContainTextAsync("Mismatch between data and clinical experience");
        await Assertions.Expect(page.Locator(".doc-segment .chip.suggested").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("a", new() { HasText = "Review this document" })).ToHaveAttributeAsync("href", new Regex("^#/review\\?document=\\d+$"));
        await page.Mouse.MoveAsync(0, 0);
        await page.EvaluateAsync("window.scrollTo(0, 0)");
        await ChromiumFixture.ScreenshotAsync(page, "document");

        await page.ClickAsync("text=← Back to search");
        await Assertions.Expect(page.Locator(".filter-chip[data-key=kind]")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#search-q")).ToHaveValueAsync("clinicians");
    }

    [Fact]
    public async Task A_syntax_error_is_shown_next_to_the_box_and_slash_focuses_it()
    {
        var page = await _chromium.NewPageAsync(_workbench!);
        await page.GotoAsync("/#/search?q=%22unfinished");
        await Assertions.Expect(page.Locator("#search-error")).ToContainTextAsync("quote");
        await Assertions.Expect(page.Locator("#search-q")).ToHaveAttributeAsync("aria-invalid", "true");

        await page.Locator("#search-q").BlurAsync();
        await page.Keyboard.PressAsync("/");
        await Assertions.Expect(page.Locator("#search-q")).ToBeFocusedAsync();
    }

    [Fact]
    public async Task The_outline_jumps_to_an_agenda_item()
    {
        var documents = JsonDocument.Parse(await _workbench!.Client.GetStringAsync("/api/documents")).RootElement;
        var id = documents.EnumerateArray().Single(d => d.GetProperty("fileName").GetString() == "norchester-ccg-governing-body-2021-03-03.pdf").GetProperty("id").GetInt64();
        var page = await _chromium.NewPageAsync(_workbench);
        await page.GotoAsync($"/#/documents/{id}");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Governing Body minutes, 3 March 2021");

        var item = page.Locator(".doc-outline a").Nth(3);
        var segment = await item.GetAttributeAsync("data-segment");
        await item.ClickAsync();

        await Assertions.Expect(page.Locator($"#segment-{segment}")).ToHaveClassAsync(new Regex("\\bcurrent\\b"));
        Assert.EndsWith($"?segment={segment}", page.Url, StringComparison.Ordinal);
    }

    public async Task DisposeAsync()
    {
        if (_workbench is not null)
        {
            await _workbench.DisposeAsync();
        }

        _workspace?.Dispose();
    }

    private async Task ConfirmACodeOnTheInterviewAsync()
    {
        var hits = JsonDocument.Parse(await _workbench!.Client.GetStringAsync("/api/search?q=suspicious&kind=transcript")).RootElement.GetProperty("hits");
        var segmentId = hits[0].GetProperty("segmentId").GetInt64().ToString(CultureInfo.InvariantCulture);
        var (code, _, error) = await _workspace!.RunAsync("code", "accept", segmentId, "data-clinical-mismatch", "--coder", "amina");
        Assert.True(code == 0, error);
    }
}
