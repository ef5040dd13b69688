using Microsoft.Playwright;

namespace TranscriptMiner.Web.Tests.Browser;

/// <summary>A workbench with an access token, in Chromium: opened once with <c>?token=</c>, the page and its API calls work; without it nothing does.</summary>
[Collection(ChromiumCollection.Name)]
public sealed class AccessTokenPageTests : IAsyncLifetime
{
    private const string Token = "a-long-shared-secret";
    private readonly ChromiumFixture _chromium;
    private SampleWorkspace? _workspace;
    private TestWorkbench? _workbench;

    public AccessTokenPageTests(ChromiumFixture chromium) => _chromium = chromium;

    public async Task InitializeAsync()
    {
        _workspace = await SampleWorkspace.CreateAsync();
        _workbench = await TestWorkbench.StartOnLoopbackAsync(_workspace.Root, settings: new Dictionary<string, string?> { ["TranscriptMiner:Serve:AccessToken"] = Token });
    }

    [Fact]
    public async Task Opened_with_the_token_the_page_searches_and_the_token_leaves_the_address()
    {
        var page = await _chromium.NewPageAsync(_workbench!);
        await page.GotoAsync($"/?token={Token}#/search?q=clinicians");

        await Assertions.Expect(page.Locator("#search-status")).ToContainTextAsync("passages");
        Assert.DoesNotContain(Token, page.Url, StringComparison.Ordinal);
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("#search-status")).ToContainTextAsync("passages");
    }

    [Fact]
    public async Task Without_the_token_the_page_is_refused()
    {
        var page = await _chromium.NewPageAsync(_workbench!);
        var response = await page.GotoAsync("/");

        Assert.Equal(401, response!.Status);
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("access token");
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
