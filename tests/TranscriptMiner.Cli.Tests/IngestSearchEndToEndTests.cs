using System.Text.Json;
using TranscriptMiner.Core.Catalog;

namespace TranscriptMiner.Cli.Tests;

/// <summary>Ingest corpus-samples into a fresh workspace, then search it, through the command line in process.</summary>
public sealed class IngestSearchEndToEndTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("tm-e2e-").FullName;

    private string Workspace => Path.Combine(_root, "workspace");

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task Ingest_then_search_finds_the_passage_with_its_citation_and_facets()
    {
        var (code, output, _) = await RunAsync("ingest", RepositoryPaths.CorpusSamples);
        Assert.Equal(0, code);
        Assert.Contains("10 added", output, StringComparison.Ordinal);

        (code, output, _) = await RunAsync("search", "\"data champion\"", "--format", "json");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var hits = json.RootElement.GetProperty("hits").EnumerateArray().ToList();
        var minutes = Assert.Single(hits, h => h.GetProperty("source").GetString()!.EndsWith("norchester-ccg-governing-body-2021-03-03.pdf", StringComparison.Ordinal)
            && h.GetProperty("agendaItem").GetString() == "6");
        Assert.Equal("Data quality and the data champion role", minutes.GetProperty("agendaTitle").GetString());
        Assert.Equal(3, minutes.GetProperty("pageStart").GetInt32());
        Assert.Equal("2021-03-03", minutes.GetProperty("meetingDate").GetString());
        Assert.Contains("«data» «champion»", minutes.GetProperty("snippet").GetString()!, StringComparison.OrdinalIgnoreCase);
        var facets = json.RootElement.GetProperty("facets");
        var kinds = facets.GetProperty("documentKind").EnumerateArray().ToDictionary(v => v.GetProperty("value").GetString()!, v => v.GetProperty("count").GetInt32());
        Assert.Equal(json.RootElement.GetProperty("totalHits").GetInt32(), kinds.Values.Sum());
    }

    [Fact]
    public async Task Search_filters_by_speaker_and_cites_the_caption_time()
    {
        await RunAsync("ingest", RepositoryPaths.CorpusSamples);

        var (code, output, _) = await RunAsync("search", "frailty", "--speaker", "Dr Amara Singh", "--format", "json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var hits = json.RootElement.GetProperty("hits").EnumerateArray().ToList();
        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.Equal("Dr Amara Singh", h.GetProperty("speaker").GetString()));
        Assert.Contains(hits, h => h.GetProperty("cueStart").GetString() == "00:00:15.800");
    }

    [Fact]
    public async Task Second_ingest_is_a_no_op_and_copies_are_one_document()
    {
        var folder = Path.Combine(_root, "in");
        Directory.CreateDirectory(folder);
        var source = Path.Combine(RepositoryPaths.CorpusSamples, "transcripts", "commissioner-interview-08.txt");
        File.Copy(source, Path.Combine(folder, "a.txt"));
        File.Copy(source, Path.Combine(folder, "b.txt"));

        var (_, first, _) = await RunAsync("ingest", folder);
        var (_, second, _) = await RunAsync("ingest", folder);

        Assert.Contains("1 added", first, StringComparison.Ordinal);
        Assert.Contains("1 duplicate", first, StringComparison.Ordinal);
        Assert.Contains("0 added, 0 updated, 2 unchanged", second, StringComparison.Ordinal);
        var (_, status, _) = await RunAsync("status");
        Assert.Contains("1 live", status, StringComparison.Ordinal);
        Assert.Contains("2 files", status, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Changed_file_replaces_its_segments_in_search()
    {
        var file = Path.Combine(_root, "notes.txt");
        await File.WriteAllTextAsync(file, "Interviewer: What do you think of the dashboard?\n\nP1: The dashboard figures were contradictory and nobody trusted them.\n");
        await RunAsync("ingest", file);
        await File.WriteAllTextAsync(file, "Interviewer: What do you think of the dashboard?\n\nP1: Since the data champion arrived the figures are reconciled every month.\n");
        File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddMinutes(1));

        var (_, output, _) = await RunAsync("ingest", file);
        var (_, oldHits, _) = await RunAsync("search", "contradictory");
        var (_, newHits, _) = await RunAsync("search", "reconciled");

        Assert.Contains("1 updated", output, StringComparison.Ordinal);
        Assert.Contains("0 segments matched", oldHits, StringComparison.Ordinal);
        Assert.Contains("1 segments matched", newHits, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_writer_gets_a_clear_workspace_in_use_message()
    {
        await RunAsync("ingest", Path.Combine(RepositoryPaths.CorpusSamples, "transcripts"));
        using var holder = CatalogWorkspace.OpenForWriting(new WorkspaceLayout(Workspace));

        var (code, _, error) = await RunAsync("ingest", Path.Combine(RepositoryPaths.CorpusSamples, "minutes"));

        Assert.Equal(1, code);
        Assert.Contains("in use", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_corrupt_index_is_detected_and_rebuilt_from_the_catalog_by_the_next_ingest()
    {
        await RunAsync("ingest", Path.Combine(RepositoryPaths.CorpusSamples, "minutes"));
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Workspace, "index")).Where(f => !f.EndsWith(".lock", StringComparison.Ordinal)))
        {
            var bytes = await File.ReadAllBytesAsync(file);
            if (bytes.Length > 32)
            {
                bytes[bytes.Length / 2] ^= 0xFF;
                bytes[^5] ^= 0xFF;
                await File.WriteAllBytesAsync(file, bytes);
            }
        }

        var (code, output, _) = await RunAsync("ingest", Path.Combine(RepositoryPaths.CorpusSamples, "minutes"));
        var (_, hits, _) = await RunAsync("search", "quorate");

        Assert.Equal(0, code);
        Assert.Contains("4 unchanged", output, StringComparison.Ordinal);
        Assert.DoesNotContain("0 segments matched", hits, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reindex_rebuilds_the_index_from_the_catalog()
    {
        await RunAsync("ingest", Path.Combine(RepositoryPaths.CorpusSamples, "transcripts"));
        Directory.Delete(Path.Combine(Workspace, "index"), recursive: true);

        var (code, output, _) = await RunAsync("reindex");
        var (_, hits, _) = await RunAsync("search", "dashboards");

        Assert.Equal(0, code);
        Assert.Contains("segments indexed", output, StringComparison.Ordinal);
        Assert.DoesNotContain("0 segments matched", hits, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Malformed_query_says_where_and_exits_2()
    {
        await RunAsync("ingest", Path.Combine(RepositoryPaths.CorpusSamples, "transcripts"));

        var (code, _, error) = await RunAsync("search", "data AND (");

        Assert.Equal(2, code);
        Assert.Contains("column", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_without_a_workspace_explains_what_to_do()
    {
        var (code, _, error) = await RunAsync("status");

        Assert.Equal(1, code);
        Assert.Contains("no workspace", error, StringComparison.Ordinal);
    }

    private async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliApplication.RunAsync([.. args, "--workspace", Workspace], output, error);
        return (code, output.ToString(), error.ToString());
    }
}
