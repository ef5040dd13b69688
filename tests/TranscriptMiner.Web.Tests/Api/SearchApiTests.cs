using System.Net;
using System.Text.Json;

namespace TranscriptMiner.Web.Tests.Api;

/// <summary>GET /api/search on the corpus samples: hits with citations and marked snippets, facets, filters, paging and errors.</summary>
public sealed class SearchApiTests : IAsyncLifetime
{
    private SampleWorkspace? _workspace;
    private TestWorkbench? _workbench;

    public async Task InitializeAsync()
    {
        _workspace = await SampleWorkspace.CreateAsync();
        _workbench = await TestWorkbench.StartInMemoryAsync(_workspace.Root);
    }

    [Fact]
    public async Task A_word_in_the_samples_gives_hits_with_citations_and_marked_snippets()
    {
        var answer = await GetAsync("/api/search?q=clinicians");

        Assert.True(answer.GetProperty("totalHits").GetInt32() >= 2);
        Assert.Equal(1, answer.GetProperty("page").GetInt32());
        Assert.Equal(20, answer.GetProperty("size").GetInt32());
        var hits = answer.GetProperty("hits").EnumerateArray().ToList();
        Assert.NotEmpty(hits);
        foreach (var hit in hits)
        {
            Assert.True(hit.GetProperty("segmentId").GetInt64() > 0);
            Assert.True(hit.GetProperty("documentId").GetInt64() > 0);
            Assert.False(string.IsNullOrWhiteSpace(hit.GetProperty("citation").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(hit.GetProperty("title").GetString()));
            var matches = hit.GetProperty("snippet").EnumerateArray().Where(p => p.GetProperty("match").GetBoolean()).Select(p => p.GetProperty("text").GetString()!).ToList();
            Assert.NotEmpty(matches);
            Assert.All(matches, m => Assert.StartsWith("clinician", m, StringComparison.OrdinalIgnoreCase));
            Assert.All(hit.GetProperty("snippet").EnumerateArray(), p => Assert.DoesNotContain('\u0001', p.GetProperty("text").GetString()!));
        }

        var interview = hits.First(h => h.GetProperty("citation").GetString()!.Contains("Commissioner interview 8", StringComparison.Ordinal));
        Assert.Equal("transcript", interview.GetProperty("kind").GetString());
        Assert.Equal("2023-02-03", interview.GetProperty("date").GetString());
    }

    [Fact]
    public async Task Facets_count_every_hit_and_a_facet_value_as_filter_keeps_exactly_those()
    {
        var all = await GetAsync("/api/search?q=data");
        var kinds = all.GetProperty("facets").GetProperty("documentKind").EnumerateArray().ToList();
        Assert.True(kinds.Count >= 2, "data is in several kinds of document");
        Assert.Equal(all.GetProperty("totalHits").GetInt32(), kinds.Sum(k => k.GetProperty("count").GetInt32()));
        var organisations = all.GetProperty("facets").GetProperty("organisation").EnumerateArray().ToList();
        Assert.NotEmpty(organisations);
        Assert.NotEmpty(all.GetProperty("facets").GetProperty("year").EnumerateArray());

        var kind = kinds[^1];
        var narrowed = await GetAsync($"/api/search?q=data&kind={Uri.EscapeDataString(kind.GetProperty("value").GetString()!)}&size=100");
        Assert.Equal(kind.GetProperty("count").GetInt32(), narrowed.GetProperty("totalHits").GetInt32());
        Assert.All(narrowed.GetProperty("hits").EnumerateArray(), h => Assert.Equal(kind.GetProperty("value").GetString(), h.GetProperty("kind").GetString(), ignoreCase: true));

        var organisation = organisations[0].GetProperty("value").GetString()!;
        var byOrganisation = await GetAsync($"/api/search?q=data&org={Uri.EscapeDataString(organisation)}&size=100");
        Assert.Equal(organisations[0].GetProperty("count").GetInt32(), byOrganisation.GetProperty("totalHits").GetInt32());
        Assert.All(byOrganisation.GetProperty("hits").EnumerateArray(), h => Assert.Equal(organisation, h.GetProperty("organisation").GetString()));
    }

    [Fact]
    public async Task Pages_slice_the_same_ordering_without_overlap()
    {
        var all = await GetAsync("/api/search?q=data&size=6");
        var total = all.GetProperty("totalHits").GetInt32();
        Assert.True(total > 6, "enough hits for two pages");
        var first = Ids(await GetAsync("/api/search?q=data&size=3&page=1"));
        var second = Ids(await GetAsync("/api/search?q=data&size=3&page=2"));

        Assert.Equal(3, first.Count);
        Assert.Equal(3, second.Count);
        Assert.Equal(Ids(all), [.. first, .. second]);
        var beyond = await GetAsync($"/api/search?q=data&size=100&page={(total / 100) + 2}");
        Assert.Empty(beyond.GetProperty("hits").EnumerateArray());
        Assert.Equal(total, beyond.GetProperty("totalHits").GetInt32());
    }

    [Fact]
    public async Task Date_range_and_sort_by_date_keep_and_order_meetings()
    {
        var answer = await GetAsync("/api/search?q=data&from=2022-01-01&to=2022-12-31&sort=date&size=100");

        var dates = answer.GetProperty("hits").EnumerateArray().Select(h => DateOnly.Parse(h.GetProperty("date").GetString()!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.NotEmpty(dates);
        Assert.All(dates, d => Assert.Equal(2022, d.Year));
        Assert.Equal(dates.OrderByDescending(d => d), dates);
    }

    [Fact]
    public async Task An_empty_query_with_a_code_filter_lists_the_segments_confirmed_with_it()
    {
        var hit = (await GetAsync("/api/search?q=clinicians")).GetProperty("hits")[0];
        var segmentId = hit.GetProperty("segmentId").GetInt64();
        var (code, _, error) = await _workspace!.RunAsync("code", "accept", segmentId.ToString(System.Globalization.CultureInfo.InvariantCulture), "data-clinical-mismatch", "--coder", "amina");
        Assert.True(code == 0, error);

        var answer = await GetAsync("/api/search?code=data-clinical-mismatch");

        var only = Assert.Single(answer.GetProperty("hits").EnumerateArray());
        Assert.Equal(segmentId, only.GetProperty("segmentId").GetInt64());
        var confirmed = Assert.Single(only.GetProperty("confirmed").EnumerateArray());
        Assert.Equal("data-clinical-mismatch", confirmed.GetProperty("codeId").GetString());
        Assert.Equal(["amina"], confirmed.GetProperty("coders").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(0, (await GetAsync("/api/search?q=clinicians&suggested=data-clinical-mismatch&code=data-clinical-mismatch")).GetProperty("totalHits").GetInt32());
    }

    [Theory]
    [InlineData("/api/search?q=%22unfinished", "Query syntax", "quote")]
    [InlineData("/api/search?q=(data", "Query syntax", ")")]
    [InlineData("/api/search?q=data&kind=Poem", "Bad request", "kind 'Poem'")]
    [InlineData("/api/search?q=data&from=someday", "Bad request", "from 'someday'")]
    [InlineData("/api/search?q=data&size=500", "Bad request", "1 to 100")]
    [InlineData("/api/search?q=data&page=0", "Bad request", "from 1")]
    [InlineData("/api/search?q=data&page=two", "Bad request", "page must be a whole number from 1")]
    [InlineData("/api/search?q=data&page=200&size=100", "Bad request", "narrow the search")]
    [InlineData("/api/search?q=data&sort=alphabet", "Bad request", "relevance or date")]
    [InlineData("/api/search?q=data&code=no-such-code", "Bad request", "no such code")]
    public async Task Bad_input_is_a_400_problem_saying_what_is_wrong(string url, string title, string detail)
    {
        var response = await _workbench!.Client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(title, problem.RootElement.GetProperty("title").GetString());
        Assert.Contains(detail, problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_workspace_search_is_a_404()
    {
        await using var empty = await TestWorkbench.StartInMemoryAsync(Path.Combine(_workspace!.Root, "nothing-here"));

        var response = await empty.Client.GetAsync("/api/search?q=data");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_document_ingested_after_a_search_is_found_by_the_next_search()
    {
        var before = await GetAsync("/api/search?q=zanzibarian");
        Assert.Equal(0, before.GetProperty("totalHits").GetInt32());
        var folder = Directory.CreateTempSubdirectory("tm-later-").FullName;
        try
        {
            await File.WriteAllTextAsync(Path.Combine(folder, "later-minutes.txt"), "Minutes\n\n1. Zanzibarian data\n\nThe zanzibarian returns were late again.\n");
            var (code, output, error) = await _workspace!.RunAsync("ingest", folder);
            Assert.True(code == 0, output + error);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }

        var after = await GetAsync("/api/search?q=zanzibarian");
        Assert.True(after.GetProperty("totalHits").GetInt32() >= 1, "the shared index reader picks up the new commit");
    }

    public async Task DisposeAsync()
    {
        if (_workbench is not null)
        {
            await _workbench.DisposeAsync();
        }

        _workspace?.Dispose();
    }

    private static List<long> Ids(JsonElement answer) => [.. answer.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("segmentId").GetInt64())];

    private async Task<JsonElement> GetAsync(string url)
    {
        var response = await _workbench!.Client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}
