using System.Net.Http.Json;
using System.Text.Json;
using TranscriptMiner.Cli.Tests;

namespace TranscriptMiner.Web.Tests.Api;

/// <summary><c>serve --watch</c>: the worker and the workbench in one process; what lands in the folder becomes searchable on the page.</summary>
public sealed class ServeWithWatchTests : IDisposable
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);
    private readonly string _root = Directory.CreateTempSubdirectory("tm-serve-watch-").FullName;

    [Fact]
    public async Task A_file_dropped_in_the_watched_folder_becomes_searchable_through_the_api()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_root, "inbox")).FullName;
        var workspace = Path.Combine(_root, "workspace");
        var settings = new Dictionary<string, string?>
        {
            ["TranscriptMiner:Watch:DebounceMilliseconds"] = "50",
            ["TranscriptMiner:Watch:CommitIntervalMilliseconds"] = "50",
        };
        await using var workbench = await TestWorkbench.StartOnLoopbackAsync(workspace, [folder], settings);

        var sample = Directory.EnumerateFiles(RepositoryPaths.CorpusSamples, "*.vtt", SearchOption.AllDirectories).First();
        File.Copy(sample, Path.Combine(folder, Path.GetFileName(sample)));

        var hits = await WaitForHitsAsync(workbench.Client, "interoperability OR dashboard OR data");
        Assert.True(hits > 0);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static async Task<int> WaitForHitsAsync(HttpClient client, string query)
    {
        var started = TimeProvider.System.GetTimestamp();
        while (true)
        {
            var response = await client.GetAsync(new Uri("/api/search?q=" + Uri.EscapeDataString(query), UriKind.Relative));
            if (response.IsSuccessStatusCode)
            {
                var body = await response.Content.ReadFromJsonAsync<JsonElement>();
                if (body.GetProperty("totalHits").GetInt32() is > 0 and var total)
                {
                    return total;
                }
            }

            if (TimeProvider.System.GetElapsedTime(started) > Deadline)
            {
                Assert.Fail($"the dropped file was not searchable through /api/search within {Deadline.TotalSeconds} s (last answer {(int)response.StatusCode})");
            }

            await Task.Delay(50);
        }
    }
}
