using Microsoft.Playwright;
using TranscriptMiner.Cli.Tests;

namespace TranscriptMiner.Web.Tests.Browser;

/// <summary>
/// One headless Chromium for the browser tests, driven by Playwright: Debian's <c>/usr/bin/chromium</c> (or the path in
/// <c>TRANSCRIPTMINER_CHROMIUM</c>); nothing is downloaded. A missing browser fails the tests with the fix.
/// </summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>Gets the browser.</summary>
    public IBrowser Browser => _browser ?? throw new InvalidOperationException("the browser is not started");

    /// <summary>Gets the folder screenshots go to: docs/screenshots in the repository.</summary>
    public static string ScreenshotFolder => Path.Combine(RepositoryPaths.Root, "docs", "screenshots");

    public async Task InitializeAsync()
    {
        var path = Environment.GetEnvironmentVariable("TRANSCRIPTMINER_CHROMIUM") is { Length: > 0 } configured ? configured : "/usr/bin/chromium";
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"no Chromium at {path}: install the Debian package chromium (apt-get install chromium; .ci/run does) or set TRANSCRIPTMINER_CHROMIUM");
        }

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = path,
            Headless = true,
            Args = ["--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu"],
        });
    }

    /// <summary>Opens a page in a new context (its own storage) at a fixed size, with the workbench's address as base.</summary>
    /// <param name="workbench">The running workbench.</param>
    /// <returns>The page.</returns>
    public async Task<IPage> NewPageAsync(TestWorkbench workbench)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = workbench.Address.ToString(),
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            AcceptDownloads = true,
        });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    /// <summary>Saves a full-page screenshot to docs/screenshots/<paramref name="name"/>.png.</summary>
    /// <param name="page">The page.</param>
    /// <param name="name">The file name without extension.</param>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(ScreenshotFolder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = true });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}
