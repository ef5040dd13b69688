using System.Globalization;
using System.Net;
using System.Text.Json;

namespace TranscriptMiner.Web.Tests.Api;

/// <summary>GET /api/documents and /api/documents/{id} on the corpus samples: metadata, segments in order with provenance, and coding.</summary>
public sealed class DocumentApiTests : IAsyncLifetime
{
    private SampleWorkspace? _workspace;
    private TestWorkbench? _workbench;

    public async Task InitializeAsync()
    {
        _workspace = await SampleWorkspace.CreateAsync();
        _workbench = await TestWorkbench.StartInMemoryAsync(_workspace.Root);
    }

    [Fact]
    public async Task The_list_has_every_sample_with_its_metadata_and_segment_count()
    {
        var documents = (await GetAsync("/api/documents")).EnumerateArray().ToList();

        Assert.Equal(10, documents.Count);
        var board = documents.Single(d => d.GetProperty("fileName").GetString() == "harbridge-trust-board-2022-07-21.txt");
        Assert.Equal("minutes", board.GetProperty("kind").GetString());
        Assert.Equal("2022-07-21", board.GetProperty("date").GetString());
        Assert.Contains("Harbridge", board.GetProperty("organisation").GetString(), StringComparison.Ordinal);
        Assert.True(board.GetProperty("segmentCount").GetInt32() > 3);
        var transcripts = (await GetAsync("/api/documents?kind=transcript")).EnumerateArray().ToList();
        Assert.Equal(4, transcripts.Count);
        Assert.All(transcripts, d => Assert.Equal("transcript", d.GetProperty("kind").GetString()));
    }

    [Fact]
    public async Task A_paged_document_has_its_segments_in_order_with_pages_agenda_items_and_citations()
    {
        var id = await DocumentIdAsync("norchester-ccg-governing-body-2021-03-03.pdf");

        var answer = await GetAsync($"/api/documents/{id}");

        var document = answer.GetProperty("document");
        Assert.Equal(id, document.GetProperty("id").GetInt64());
        Assert.True(document.GetProperty("pageCount").GetInt32() >= 1);
        var segments = answer.GetProperty("segments").EnumerateArray().ToList();
        Assert.Equal(document.GetProperty("segmentCount").GetInt32(), segments.Count);
        Assert.Equal(Enumerable.Range(0, segments.Count), segments.Select(s => s.GetProperty("ordinal").GetInt32()));
        Assert.All(segments, s => Assert.True(s.GetProperty("pageStart").GetInt32() >= 1));
        Assert.All(segments, s => Assert.False(string.IsNullOrWhiteSpace(s.GetProperty("text").GetString())));
        Assert.Contains(segments, s => s.GetProperty("agendaItemNumber").ValueKind == JsonValueKind.String);
        var offsets = segments.Select(s => s.GetProperty("start").GetInt32()).ToList();
        Assert.Equal(offsets.Order(), offsets);
        Assert.All(segments, s => Assert.Contains("p. ", s.GetProperty("citation").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_transcript_has_its_speakers()
    {
        var id = await DocumentIdAsync("commissioner-interview-08.txt");

        var segments = (await GetAsync($"/api/documents/{id}")).GetProperty("segments").EnumerateArray().ToList();

        var speakers = segments.Select(s => s.GetProperty("speaker")).Where(s => s.ValueKind == JsonValueKind.String).Select(s => s.GetString()).Distinct().ToList();
        Assert.True(speakers.Count >= 2, $"speakers: {string.Join(", ", speakers)}");
        Assert.Contains(segments, s => s.GetProperty("text").GetString()!.Contains("urgent treatment centres", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_code_accepted_with_the_cli_shows_as_confirmed_and_rule_suggestions_as_pending()
    {
        var id = await DocumentIdAsync("commissioner-interview-08.txt");
        var before = (await GetAsync($"/api/documents/{id}")).GetProperty("segments").EnumerateArray().ToList();
        Assert.Contains(before, s => s.GetProperty("suggested").GetArrayLength() > 0);
        var segment = before.First(s => s.GetProperty("text").GetString()!.Contains("suspicious", StringComparison.Ordinal));
        var segmentId = segment.GetProperty("segmentId").GetInt64();

        var (code, _, error) = await _workspace!.RunAsync("code", "accept", segmentId.ToString(CultureInfo.InvariantCulture), "data-clinical-mismatch", "--coder", "amina");
        Assert.True(code == 0, error);
        (code, _, error) = await _workspace.RunAsync("code", "reject", segmentId.ToString(CultureInfo.InvariantCulture), "financial-pressure", "--coder", "ben");
        Assert.True(code == 0, error);

        var after = (await GetAsync($"/api/documents/{id}")).GetProperty("segments").EnumerateArray().Single(s => s.GetProperty("segmentId").GetInt64() == segmentId);
        var confirmed = Assert.Single(after.GetProperty("confirmed").EnumerateArray());
        Assert.Equal("data-clinical-mismatch", confirmed.GetProperty("codeId").GetString());
        Assert.False(string.IsNullOrWhiteSpace(confirmed.GetProperty("name").GetString()));
        Assert.Equal(["amina"], confirmed.GetProperty("coders").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal("financial-pressure", Assert.Single(after.GetProperty("rejected").EnumerateArray()).GetProperty("codeId").GetString());
        Assert.DoesNotContain(after.GetProperty("suggested").EnumerateArray(), s => s.GetProperty("codeId").GetString() == "data-clinical-mismatch");
        Assert.All(after.GetProperty("suggested").EnumerateArray(), s => Assert.True(s.GetProperty("score").GetDouble() >= 0.5));
    }

    [Theory]
    [InlineData("/api/documents/999999")]
    [InlineData("/api/documents/not-a-number")]
    public async Task An_unknown_document_is_a_404(string url)
    {
        var response = await _workbench!.Client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("no document", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    public async Task DisposeAsync()
    {
        if (_workbench is not null)
        {
            await _workbench.DisposeAsync();
        }

        _workspace?.Dispose();
    }

    private async Task<long> DocumentIdAsync(string fileName) =>
        (await GetAsync("/api/documents")).EnumerateArray().Single(d => d.GetProperty("fileName").GetString() == fileName).GetProperty("id").GetInt64();

    private async Task<JsonElement> GetAsync(string url)
    {
        var response = await _workbench!.Client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}
