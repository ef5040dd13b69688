using Microsoft.Playwright;

namespace TranscriptMiner.Web.Tests.Browser;

/// <summary>The page's shell in Chromium: it loads, navigates between pages, and keeps the coder chosen in this browser.</summary>
[Collection(ChromiumCollection.Name)]
public sealed class ShellPageTests : IAsyncLifetime
{
    private readonly ChromiumFixture _chromium;
    private SampleWorkspace? _workspace;
    private TestWorkbench? _workbench;

    public ShellPageTests(ChromiumFixture chromium) => _chromium = chromium;

    public async Task InitializeAsync()
    {
        _workspace = await SampleWorkspace.CreateAsync();
        _workbench = await TestWorkbench.StartOnLoopbackAsync(_workspace.Root);
    }

    [Fact]
    public async Task Coder_name_is_asked_once_and_kept_in_the_browser()
    {
        var page = await _chromium.NewPageAsync(_workbench!);
        await page.GotoAsync("/");
        await Assertions.Expect(page.Locator("#coder-name")).ToHaveTextAsync("not set");

        await page.ClickAsync("#coder");
        await page.FillAsync("#coder-input", "amina");
        await page.ClickAsync("#coder-ok");
        await Assertions.Expect(page.Locator("#coder-name")).ToHaveTextAsync("amina");

        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("#coder-name")).ToHaveTextAsync("amina");
    }

    [Fact]
    public async Task Navigation_marks_the_current_page()
    {
        var page = await _chromium.NewPageAsync(_workbench!);
        await page.GotoAsync("/#/dashboard");
        await Assertions.Expect(page.Locator("nav a[data-page=dashboard]")).ToHaveAttributeAsync("aria-current", string.Empty);
        await page.ClickAsync("nav a[data-page=codebook]");
        await Assertions.Expect(page.Locator("nav a[data-page=codebook]")).ToHaveAttributeAsync("aria-current", string.Empty);
        await Assertions.Expect(page.Locator("nav a[data-page=dashboard]")).Not.ToHaveAttributeAsync("aria-current", string.Empty);
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
