using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using TranscriptMiner.Core.Catalog;
using TranscriptMiner.Core.Coding;

namespace TranscriptMiner.Web.Tests.Api;

/// <summary>
/// The review API records the same durable, audited decisions as the terminal review: the suggestion's source and score,
/// <c>human</c> for codes added by hand, undo of the coder's own current decision only.
/// </summary>
public sealed class ReviewApiTests : IAsyncLifetime
{
    private SampleWorkspace? _workspace;
    private TestWorkbench? _workbench;

    private HttpClient Client => _workbench!.Client;

    public async Task InitializeAsync()
    {
        _workspace = await SampleWorkspace.CreateAsync();
        _workbench = await TestWorkbench.StartInMemoryAsync(_workspace.Root);
    }

    [Fact]
    public async Task Queue_lists_segments_with_pending_suggestions_for_the_coder()
    {
        var queue = await GetAsync("/api/review/queue?coder=amina&limit=3");

        var ids = queue["segmentIds"]!.AsArray();
        Assert.InRange(ids.Count, 1, 3);
        Assert.True(queue["total"]!.GetValue<int>() >= ids.Count);
        Assert.Equal("document", queue["order"]!.GetValue<string>());
        var codes = queue["codes"]!.AsArray();
        Assert.NotEmpty(codes);
        Assert.Equal(Enumerable.Range(1, codes.Count), codes.Select(c => c!["number"]!.GetValue<int>()));
    }

    [Fact]
    public async Task Item_shows_the_segment_its_context_candidates_with_evidence_and_the_palette()
    {
        var segmentId = await FirstQueuedAsync();

        var item = await GetAsync($"/api/review/items/{segmentId}?coder=amina&context=1");

        var segment = item["segment"]!;
        Assert.Equal(segmentId, segment["id"]!.GetValue<long>());
        Assert.False(string.IsNullOrWhiteSpace(segment["citation"]!.GetValue<string>()));
        Assert.False(string.IsNullOrWhiteSpace(segment["documentTitle"]!.GetValue<string>()));
        var text = segment["text"]!.GetValue<string>();
        var parts = segment["parts"]!.AsArray();
        Assert.Equal(text, string.Concat(parts.Select(p => p!["text"]!.GetValue<string>())));
        Assert.Contains(parts, p => p!["evidence"]!.GetValue<bool>());
        Assert.True(item["before"]!.AsArray().Count + item["after"]!.AsArray().Count >= 1);

        var candidate = item["candidates"]!.AsArray().First(c => c!["evidence"]!.AsArray().Count > 0)!;
        Assert.Equal("suggestion", candidate["kind"]!.GetValue<string>());
        Assert.True(candidate["isPending"]!.GetValue<bool>());
        Assert.StartsWith("rule", candidate["source"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.NotNull(candidate["score"]);
        var span = candidate["evidence"]!.AsArray()[0]!;
        var marked = text.Substring(span["start"]!.GetValue<int>(), span["length"]!.GetValue<int>());
        Assert.Contains(candidate["evidenceTerms"]!.AsArray(), t => marked.StartsWith(t!.GetValue<string>().TrimEnd('*'), StringComparison.OrdinalIgnoreCase));
        Assert.NotEmpty(item["codes"]!.AsArray());
    }

    [Fact]
    public async Task Accepting_records_the_coder_and_the_suggestions_source_and_score_in_the_audit_trail()
    {
        var segmentId = await FirstQueuedAsync();
        var candidate = (await GetAsync($"/api/review/items/{segmentId}?coder=amina"))["candidates"]!.AsArray()[0]!;
        var codeId = candidate["codeId"]!.GetValue<string>();

        var decision = await PostAsync("/api/review/decisions", new { segmentId, codeId, verdict = "accepted", coder = "amina" }, HttpStatusCode.OK);

        Assert.Equal("accepted", decision["verdict"]!.GetValue<string>());
        Assert.Equal("amina", decision["coder"]!.GetValue<string>());
        Assert.Equal(candidate["source"]!.GetValue<string>(), decision["source"]!.GetValue<string>());
        Assert.Equal(candidate["score"]!.GetValue<double>(), decision["score"]!.GetValue<double>());
        Assert.Equal("current", decision["state"]!.GetValue<string>());

        var (code, output, error) = await _workspace!.RunAsync("code", "list", "--history");
        Assert.True(code == 0, error);
        var row = Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1));
        Assert.Contains($" {codeId} ", row, StringComparison.Ordinal);
        Assert.Contains(" accepted ", row, StringComparison.Ordinal);
        Assert.Contains(" amina ", row, StringComparison.Ordinal);
        Assert.Contains(candidate["source"]!.GetValue<string>(), row, StringComparison.Ordinal);

        var after = await GetAsync($"/api/review/items/{segmentId}?coder=amina");
        var decided = after["candidates"]!.AsArray().Single(c => c!["codeId"]!.GetValue<string>() == codeId)!;
        Assert.False(decided["isPending"]!.GetValue<bool>());
        Assert.Equal("accepted", decided["verdict"]!.GetValue<string>());
        Assert.Equal(decision["id"]!.GetValue<long>(), decided["decisionId"]!.GetValue<long>());
    }

    [Fact]
    public async Task Rejecting_records_a_rejection_and_the_segment_leaves_the_coders_queue_when_all_is_decided()
    {
        var segmentId = await FirstQueuedAsync();
        var candidates = (await GetAsync($"/api/review/items/{segmentId}?coder=amina"))["candidates"]!.AsArray();

        foreach (var candidate in candidates)
        {
            await PostAsync("/api/review/decisions", new { segmentId, codeId = candidate!["codeId"]!.GetValue<string>(), verdict = "rejected", coder = "amina" }, HttpStatusCode.OK);
        }

        using (var catalog = OpenCatalog())
        {
            var decisions = catalog.Coding.ReadDecisions(segmentId);
            Assert.Equal(candidates.Count, decisions.Count);
            Assert.All(decisions, d => Assert.Equal((DecisionVerdict.Rejected, "amina"), (d.Verdict, d.Coder)));
        }

        var queue = await GetAsync("/api/review/queue?coder=amina&limit=10000");
        Assert.DoesNotContain(segmentId, queue["segmentIds"]!.AsArray().Select(i => i!.GetValue<long>()));
        var other = await GetAsync("/api/review/queue?coder=ben&limit=10000");
        Assert.Contains(segmentId, other["segmentIds"]!.AsArray().Select(i => i!.GetValue<long>()));
    }

    [Fact]
    public async Task A_code_added_by_hand_is_recorded_as_human_without_a_score()
    {
        var segmentId = await FirstQueuedAsync();
        var item = await GetAsync($"/api/review/items/{segmentId}?coder=amina");
        var listed = item["candidates"]!.AsArray().Select(c => c!["codeId"]!.GetValue<string>()).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var code = item["codes"]!.AsArray().First(c => !listed.Contains(c!["id"]!.GetValue<string>()))!["id"]!.GetValue<string>();

        var decision = await PostAsync("/api/review/decisions", new { segmentId, codeId = code, verdict = "accepted", coder = "amina" }, HttpStatusCode.OK);

        Assert.Equal("human", decision["source"]!.GetValue<string>());
        Assert.Null(decision["score"]);
        var added = (await GetAsync($"/api/review/items/{segmentId}?coder=amina"))["candidates"]!.AsArray().Single(c => c!["codeId"]!.GetValue<string>() == code)!;
        Assert.Equal("added", added["kind"]!.GetValue<string>());
        Assert.Equal("accepted", added["verdict"]!.GetValue<string>());
    }

    [Fact]
    public async Task Undo_takes_the_decision_back_and_restores_the_one_it_replaced()
    {
        var segmentId = await FirstQueuedAsync();
        var codeId = (await GetAsync($"/api/review/items/{segmentId}?coder=amina"))["candidates"]!.AsArray()[0]!["codeId"]!.GetValue<string>();
        var first = await PostAsync("/api/review/decisions", new { segmentId, codeId, verdict = "accepted", coder = "amina" }, HttpStatusCode.OK);
        var second = await PostAsync("/api/review/decisions", new { segmentId, codeId, verdict = "rejected", coder = "amina" }, HttpStatusCode.OK);

        var answer = await PostAsync("/api/review/undo", new { decisionId = second["id"]!.GetValue<long>(), coder = "amina" }, HttpStatusCode.OK);

        Assert.Equal("undone", answer["undone"]!["state"]!.GetValue<string>());
        Assert.Equal(first["id"]!.GetValue<long>(), answer["restored"]!["id"]!.GetValue<long>());
        using (var catalog = OpenCatalog())
        {
            var current = Assert.Single(catalog.Coding.ReadDecisions(segmentId, codeId));
            Assert.Equal((first["id"]!.GetValue<long>(), DecisionVerdict.Accepted), (current.Id, current.Verdict));
        }

        var again = await PostAsync("/api/review/undo", new { decisionId = second["id"]!.GetValue<long>(), coder = "amina" }, HttpStatusCode.Conflict);
        Assert.Contains("no longer in force", again["detail"]!.GetValue<string>(), StringComparison.Ordinal);

        var last = await PostAsync("/api/review/undo", new { decisionId = first["id"]!.GetValue<long>(), coder = "amina" }, HttpStatusCode.OK);
        Assert.Null(last["restored"]);
        using var reopened = OpenCatalog();
        Assert.Empty(reopened.Coding.ReadDecisions(segmentId, codeId));
    }

    [Fact]
    public async Task Undoing_someone_elses_decision_is_a_conflict_and_changes_nothing()
    {
        var segmentId = await FirstQueuedAsync();
        var codeId = (await GetAsync($"/api/review/items/{segmentId}?coder=amina"))["candidates"]!.AsArray()[0]!["codeId"]!.GetValue<string>();
        var decision = await PostAsync("/api/review/decisions", new { segmentId, codeId, verdict = "accepted", coder = "amina" }, HttpStatusCode.OK);

        var problem = await PostAsync("/api/review/undo", new { decisionId = decision["id"]!.GetValue<long>(), coder = "ben" }, HttpStatusCode.Conflict);

        Assert.Contains("recorded by 'amina'", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        using var catalog = OpenCatalog();
        Assert.Equal(DecisionState.Current, catalog.Coding.FindDecision(decision["id"]!.GetValue<long>())!.State);
    }

    [Theory]
    [InlineData("/api/review/queue")]
    [InlineData("/api/review/queue?coder=%20")]
    [InlineData("/api/review/queue?coder=amina&order=random")]
    [InlineData("/api/review/queue?coder=amina&limit=0")]
    [InlineData("/api/review/queue?coder=amina&limit=ten")]
    [InlineData("/api/review/queue?coder=amina&code=no-such-code")]
    [InlineData("/api/review/items/1")]
    [InlineData("/api/review/items/abc?coder=amina")]
    [InlineData("/api/review/items/1?coder=amina&context=-1")]
    public async Task Bad_queries_are_400_with_a_message(string path)
    {
        var response = await Client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.False(string.IsNullOrWhiteSpace(problem!["detail"]?.GetValue<string>()));
    }

    [Fact]
    public async Task Bad_decisions_are_400_and_record_nothing()
    {
        var segmentId = await FirstQueuedAsync();
        var codeId = (await GetAsync($"/api/review/items/{segmentId}?coder=amina"))["candidates"]!.AsArray()[0]!["codeId"]!.GetValue<string>();

        var unknownCode = await PostAsync("/api/review/decisions", new { segmentId, codeId = "no-such-code", verdict = "accepted", coder = "amina" }, HttpStatusCode.BadRequest);
        Assert.Contains("not an assignable code", unknownCode["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        await PostAsync("/api/review/decisions", new { segmentId, codeId = "data-quality-and-trust", verdict = "accepted", coder = "amina" }, HttpStatusCode.BadRequest);
        await PostAsync("/api/review/decisions", new { segmentId, codeId, verdict = "accepted", coder = " " }, HttpStatusCode.BadRequest);
        await PostAsync("/api/review/decisions", new { segmentId, codeId, verdict = "maybe", coder = "amina" }, HttpStatusCode.BadRequest);
        await PostAsync("/api/review/decisions", new { codeId, verdict = "accepted", coder = "amina" }, HttpStatusCode.BadRequest);
        await PostAsync("/api/review/undo", new { coder = "amina" }, HttpStatusCode.BadRequest);
        await PostAsync("/api/review/undo", new { decisionId = 1, coder = "" }, HttpStatusCode.BadRequest);

        using var catalog = OpenCatalog();
        Assert.Empty(catalog.Coding.ReadDecisionHistory());
    }

    [Fact]
    public async Task Unknown_segments_and_decisions_are_404()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync(new Uri("/api/review/items/987654321?coder=amina", UriKind.Relative))).StatusCode);
        await PostAsync("/api/review/decisions", new { segmentId = 987654321, codeId = "x", verdict = "accepted", coder = "amina" }, HttpStatusCode.NotFound);
        await PostAsync("/api/review/undo", new { decisionId = 987654321, coder = "amina" }, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Decisions_survive_reopening_the_workspace()
    {
        var segmentId = await FirstQueuedAsync();
        var codeId = (await GetAsync($"/api/review/items/{segmentId}?coder=amina"))["candidates"]!.AsArray()[0]!["codeId"]!.GetValue<string>();
        var decision = await PostAsync("/api/review/decisions", new { segmentId, codeId, verdict = "rejected", coder = "amina" }, HttpStatusCode.OK);
        await _workbench!.DisposeAsync();

        _workbench = await TestWorkbench.StartInMemoryAsync(_workspace!.Root);

        var item = await GetAsync($"/api/review/items/{segmentId}?coder=amina");
        var decided = item["candidates"]!.AsArray().Single(c => c!["codeId"]!.GetValue<string>() == codeId)!;
        Assert.Equal("rejected", decided["verdict"]!.GetValue<string>());
        Assert.Equal(decision["id"]!.GetValue<long>(), decided["decisionId"]!.GetValue<long>());
    }

    public async Task DisposeAsync()
    {
        if (_workbench is not null)
        {
            await _workbench.DisposeAsync();
        }

        _workspace?.Dispose();
    }

    private CatalogWorkspace OpenCatalog() => CatalogWorkspace.OpenReadOnly(new WorkspaceLayout(_workspace!.Root));

    private async Task<long> FirstQueuedAsync()
    {
        var queue = await GetAsync("/api/review/queue?coder=amina&order=document");
        return queue["segmentIds"]!.AsArray()[0]!.GetValue<long>();
    }

    private async Task<JsonObject> GetAsync(string path)
    {
        var response = await Client.GetAsync(new Uri(path, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {body}");
        return JsonNode.Parse(body)!.AsObject();
    }

    private async Task<JsonObject> PostAsync(string path, object body, HttpStatusCode expected)
    {
        var response = await Client.PostAsJsonAsync(new Uri(path, UriKind.Relative), body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{path}: expected {(int)expected}, got {(int)response.StatusCode} {text}");
        return JsonNode.Parse(text)!.AsObject();
    }
}
