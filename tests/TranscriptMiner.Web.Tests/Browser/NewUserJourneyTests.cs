using System.IO.Compression;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.Playwright;
using TranscriptMiner.Cli.Tests;
using TranscriptMiner.Core.Catalog;
using TranscriptMiner.Core.Coding;
using TranscriptMiner.Core.Tests.Exchange;

namespace TranscriptMiner.Web.Tests.Browser;

/// <summary>
/// Issue 6's "done when", as a new user meets it: one process (<c>serve --watch</c>) on an empty workspace ingests the
/// samples; in the page they search, open a hit in its document, review with the keyboard and download a .qdpx that
/// holds their decision.
/// </summary>
[Collection(ChromiumCollection.Name)]
public sealed class NewUserJourneyTests : IAsyncLifetime
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(90);
    private readonly ChromiumFixture _chromium;
    private readonly string _root = Directory.CreateTempSubdirectory("tm-journey-").FullName;
    private TestWorkbench? _workbench;

    public NewUserJourneyTests(ChromiumFixture chromium) => _chromium = chromium;

    private string Workspace => Path.Combine(_root, "workspace");

    public async Task InitializeAsync()
    {
        var inbox = Path.Combine(_root, "inbox");
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.CorpusSamples, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith(".yaml", StringComparison.Ordinal) && !f.Contains(".expected", StringComparison.Ordinal)))
        {
            var target = Path.Combine(inbox, Path.GetRelativePath(RepositoryPaths.CorpusSamples, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        var settings = new Dictionary<string, string?>
        {
            ["TranscriptMiner:Watch:DebounceMilliseconds"] = "50",
            ["TranscriptMiner:Watch:CommitIntervalMilliseconds"] = "50",
        };
        _workbench = await TestWorkbench.StartOnLoopbackAsync(Workspace, [inbox], settings);
    }

    [Fact]
    public async Task Serve_and_watch_then_search_open_review_with_keys_and_download_the_project()
    {
        await WaitUntilSearchableAsync("dashboard");
        var page = await _chromium.NewPageAsync(_workbench!);

        // Search, and open the first hit in its document.
        await page.GotoAsync("/");
        await page.FillAsync("#search-q", "dashboard");
        await page.PressAsync("#search-q", "Enter");
        await Assertions.Expect(page.Locator("#search-status")).ToContainTextAsync("passages");
        var hit = page.Locator(".hit").First;
        var segmentId = await hit.GetAttributeAsync("data-segment");
        await hit.Locator(".hit-link").ClickAsync();
        await Assertions.Expect(page.Locator($"#segment-{segmentId}")).ToHaveClassAsync(new Regex("\\bcurrent\\b"));

        // Review: the coder is asked once, then a accepts and r rejects, each acknowledged.
        await page.ClickAsync("nav a[data-page=review]");
        await page.FillAsync("#coder-input", "new-user");
        await page.ClickAsync("#coder-ok");
        var status = page.Locator("#review-status");
        await Assertions.Expect(page.Locator(".review-candidate.selected")).ToHaveCountAsync(1);
        await page.Keyboard.PressAsync("a");
        await Assertions.Expect(status).ToHaveTextAsync(new Regex("^accepted '"));
        await Assertions.Expect(page.Locator(".review-candidate.selected")).ToHaveCountAsync(1);
        await page.Keyboard.PressAsync("r");
        await Assertions.Expect(status).ToHaveTextAsync(new Regex("^rejected '"));

        using (var workspace = CatalogWorkspace.OpenReadOnly(new WorkspaceLayout(Workspace)))
        {
            var decisions = workspace.Coding.ReadDecisions().Where(d => d.Coder == "new-user").ToList();
            Assert.Equal(2, decisions.Count);
            Assert.Equal([DecisionVerdict.Accepted, DecisionVerdict.Rejected], decisions.OrderBy(d => d.Id).Select(d => d.Verdict));
        }

        // Download the REFI-QDA project: valid, and it holds the accepted coding by this coder.
        await page.ClickAsync("nav a[data-page=dashboard]");
        await Assertions.Expect(page.Locator("#view")).ToContainTextAsync("Ingesting since");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "REFI-QDA project (.qdpx)" }).ClickAsync());
        var path = Path.Combine(_root, download.SuggestedFilename);
        await download.SaveAsAsync(path);
        using var zip = ZipFile.OpenRead(path);
        var entry = zip.GetEntry("project.qde") ?? throw new InvalidDataException("no project.qde in the download");
        using (var stream = entry.Open())
        {
            Assert.Empty(ExchangeFixtures.Validate(stream, ExchangeFixtures.Schema()));
        }

        using var again = entry.Open();
        var project = XDocument.Load(again);
        XNamespace refi = project.Root!.Name.Namespace;
        Assert.Contains(project.Descendants(refi + "User"), user => (string?)user.Attribute("name") == "new-user");
        Assert.Single(project.Descendants(refi + "Coding"));
    }

    public async Task DisposeAsync()
    {
        if (_workbench is not null)
        {
            await _workbench.DisposeAsync();
        }

        Directory.Delete(_root, recursive: true);
    }

    private async Task WaitUntilSearchableAsync(string query)
    {
        var started = TimeProvider.System.GetTimestamp();
        while (true)
        {
            var response = await _workbench!.Client.GetAsync(new Uri("/api/search?q=" + Uri.EscapeDataString(query), UriKind.Relative));
            if (response.IsSuccessStatusCode && (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("totalHits").GetInt32() > 0)
            {
                return;
            }

            if (TimeProvider.System.GetElapsedTime(started) > Deadline)
            {
                Assert.Fail($"the watched samples were not searchable within {Deadline.TotalSeconds} s");
            }

            await Task.Delay(50);
        }
    }
}
