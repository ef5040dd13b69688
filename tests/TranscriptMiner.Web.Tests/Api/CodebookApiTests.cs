using System.Net;
using System.Text.Json;

namespace TranscriptMiner.Web.Tests.Api;

/// <summary><c>GET /api/codebook</c>: the code tree with definitions and confirmed/suggested counts.</summary>
public sealed class CodebookApiTests : IAsyncLifetime
{
    private SampleWorkspace? _workspace;

    public async Task InitializeAsync() => _workspace = await SampleWorkspace.CreateAsync();

    public Task DisposeAsync()
    {
        _workspace?.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task The_codebook_comes_as_a_tree_with_definitions_and_suggestion_counts()
    {
        await using var workbench = await TestWorkbench.StartInMemoryAsync(_workspace!.Root);

        var root = await GetAsync(workbench);

        var codes = root.GetProperty("codes").EnumerateArray().ToList();
        Assert.NotEmpty(codes);
        var finance = codes.Single(c => c.GetProperty("id").GetString() == "financial-pressure");
        Assert.StartsWith("Financial pressure", finance.GetProperty("name").GetString(), StringComparison.Ordinal);
        Assert.True(finance.GetProperty("assignable").GetBoolean());
        Assert.False(string.IsNullOrWhiteSpace(finance.GetProperty("description").GetString()));
        Assert.NotEmpty(finance.GetProperty("keywords").EnumerateArray());

        // Tree order: every child comes after its parent, one level deeper; groups are not assignable.
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var code in codes)
        {
            var depth = code.GetProperty("depth").GetInt32();
            if (code.GetProperty("parent").GetString() is { } parent)
            {
                Assert.True(seen.ContainsKey(parent), $"{code.GetProperty("id")} comes before its parent {parent}");
                Assert.Equal(seen[parent] + 1, depth);
                Assert.False(codes.Single(c => c.GetProperty("id").GetString() == parent).GetProperty("assignable").GetBoolean());
            }
            else
            {
                Assert.Equal(0, depth);
            }

            seen[code.GetProperty("id").GetString()!] = depth;
        }

        // The sample ingest left rule suggestions and no decisions.
        Assert.True(root.GetProperty("suggested").GetInt32() > 0);
        Assert.Equal(codes.Sum(c => c.GetProperty("suggested").GetInt32()), root.GetProperty("suggested").GetInt32());
        Assert.InRange(root.GetProperty("pending").GetInt32(), 1, root.GetProperty("suggested").GetInt32());
        Assert.Equal(0, root.GetProperty("confirmed").GetInt32());
        Assert.Equal(0, root.GetProperty("rejected").GetInt32());
    }

    [Fact]
    public async Task Accepting_a_suggestion_moves_it_from_pending_to_confirmed_and_rejecting_counts_too()
    {
        var (segment, codeId) = WorkspaceData.FirstSuggestion(_workspace!);
        await using var workbench = await TestWorkbench.StartInMemoryAsync(_workspace!.Root);
        var before = Code(await GetAsync(workbench), codeId);

        await WorkspaceData.AcceptAsync(_workspace, segment, codeId);

        var after = Code(await GetAsync(workbench), codeId);
        Assert.Equal(before.GetProperty("confirmed").GetInt32() + 1, after.GetProperty("confirmed").GetInt32());
        Assert.Equal(before.GetProperty("pending").GetInt32() - 1, after.GetProperty("pending").GetInt32());
        Assert.Equal(before.GetProperty("suggested").GetInt32(), after.GetProperty("suggested").GetInt32());

        var (code, _, error) = await _workspace.RunAsync("code", "reject", segment.ToString(System.Globalization.CultureInfo.InvariantCulture), codeId, "--coder", "ben");
        Assert.True(code == 0, error);
        var rejected = Code(await GetAsync(workbench), codeId);
        Assert.Equal(1, rejected.GetProperty("rejected").GetInt32());
    }

    private static JsonElement Code(JsonElement root, string id) =>
        root.GetProperty("codes").EnumerateArray().Single(c => c.GetProperty("id").GetString() == id);

    private static async Task<JsonElement> GetAsync(TestWorkbench workbench)
    {
        var response = await workbench.Client.GetAsync("/api/codebook");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }
}
