using System.Net;
using System.Net.Http.Headers;

namespace TranscriptMiner.Web.Tests.Api;

/// <summary>Loopback by default; other addresses need the access token, which is then checked on every request.</summary>
public sealed class ServeSecurityTests : IAsyncLifetime
{
    private SampleWorkspace? _workspace;

    public async Task InitializeAsync() => _workspace = await SampleWorkspace.CreateAsync();

    [Theory]
    [InlineData("http://0.0.0.0:5080")]
    [InlineData("http://*:5080")]
    [InlineData("http://+:5080")]
    [InlineData("http://192.168.1.20:5080")]
    [InlineData("http://127.0.0.1:5080;http://[::]:5080")]
    public async Task A_non_loopback_address_without_a_token_is_refused(string urls)
    {
        var exception = await Assert.ThrowsAsync<ArgumentException>(() => TestWorkbench.StartInMemoryAsync(_workspace!.Root, urls: urls));
        Assert.Contains("AccessToken", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_serve_command_refuses_a_public_address_without_a_token_and_exits_2()
    {
        var (code, _, error) = await _workspace!.RunAsync("serve", "--urls", "http://0.0.0.0:5080");
        Assert.Equal(2, code);
        Assert.Contains("not a loopback address", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5080")]
    [InlineData("http://localhost:5080")]
    [InlineData("http://[::1]:5080")]
    public async Task Loopback_needs_no_token(string urls)
    {
        await using var workbench = await TestWorkbench.StartInMemoryAsync(_workspace!.Root, urls: urls);
        var response = await workbench.Client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<title>TranscriptMiner</title>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_token_a_foreign_host_name_is_refused()
    {
        await using var workbench = await TestWorkbench.StartInMemoryAsync(_workspace!.Root);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Host = "attacker.example";
        var response = await workbench.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task With_a_token_every_request_must_carry_it()
    {
        var settings = new Dictionary<string, string?> { ["TranscriptMiner:Serve:AccessToken"] = "s3cret-token" };
        await using var workbench = await TestWorkbench.StartInMemoryAsync(_workspace!.Root, settings, "http://0.0.0.0:5080");

        Assert.Equal(HttpStatusCode.Unauthorized, (await workbench.Client.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await workbench.Client.GetAsync("/app.js")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await workbench.Client.GetAsync("/api/nothing")).StatusCode);

        using var wrong = new HttpRequestMessage(HttpMethod.Get, "/");
        wrong.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "s3cret-tokeN");
        Assert.Equal(HttpStatusCode.Unauthorized, (await workbench.Client.SendAsync(wrong)).StatusCode);

        using var right = new HttpRequestMessage(HttpMethod.Get, "/");
        right.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "s3cret-token");
        Assert.Equal(HttpStatusCode.OK, (await workbench.Client.SendAsync(right)).StatusCode);
    }

    [Fact]
    public async Task A_token_in_the_address_becomes_a_cookie_and_leaves_the_address()
    {
        var settings = new Dictionary<string, string?> { ["TranscriptMiner:Serve:AccessToken"] = "s3cret-token" };
        await using var workbench = await TestWorkbench.StartInMemoryAsync(_workspace!.Root, settings, "http://0.0.0.0:5080");

        var response = await workbench.Client.GetAsync("/?token=s3cret-token&x=1");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/?x=1", response.Headers.Location!.OriginalString);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"));
        Assert.Contains("tm_token=s3cret-token", cookie, StringComparison.Ordinal);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);

        using var withCookie = new HttpRequestMessage(HttpMethod.Get, "/");
        withCookie.Headers.Add("Cookie", "tm_token=s3cret-token");
        Assert.Equal(HttpStatusCode.OK, (await workbench.Client.SendAsync(withCookie)).StatusCode);
    }

    [Fact]
    public async Task An_unknown_api_path_answers_a_problem_not_the_page()
    {
        await using var workbench = await TestWorkbench.StartInMemoryAsync(_workspace!.Root);
        var response = await workbench.Client.GetAsync("/api/nothing");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_form_post_is_refused_as_not_json_and_records_nothing()
    {
        await using var workbench = await TestWorkbench.StartInMemoryAsync(_workspace!.Root);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["segmentId"] = "1", ["codeId"] = "data-champion", ["verdict"] = "accepted", ["coder"] = "x" });

        var response = await workbench.Client.PostAsync(new Uri("/api/review/decisions", UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("JSON", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var catalog = TranscriptMiner.Core.Catalog.CatalogWorkspace.OpenReadOnly(new TranscriptMiner.Core.Catalog.WorkspaceLayout(_workspace.Root));
        Assert.Empty(catalog.Coding.ReadDecisions());
    }

    public Task DisposeAsync()
    {
        _workspace?.Dispose();
        return Task.CompletedTask;
    }
}
