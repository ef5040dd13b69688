using System.IO.Compression;
using System.Net;
using System.Text;
using System.Xml.Linq;
using TranscriptMiner.Core.Exchange;
using TranscriptMiner.Core.Tests.Exchange;

namespace TranscriptMiner.Web.Tests.Api;

/// <summary><c>GET /api/exports/{format}</c>: the CLI's exports as downloads.</summary>
public sealed class ExportApiTests : IAsyncLifetime
{
    private static readonly XNamespace Qda = QdpxWriter.ProjectNamespace;
    private SampleWorkspace? _workspace;
    private string _codeId = string.Empty;

    public async Task InitializeAsync()
    {
        _workspace = await SampleWorkspace.CreateAsync();
        var (segment, codeId) = WorkspaceData.FirstSuggestion(_workspace);
        _codeId = codeId;
        await WorkspaceData.AcceptAsync(_workspace, segment, codeId);
    }

    public Task DisposeAsync()
    {
        _workspace?.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task The_qdpx_download_is_a_valid_project_with_the_accepted_coding()
    {
        await using var workbench = await TestWorkbench.StartInMemoryAsync(_workspace!.Root);

        var response = await workbench.Client.GetAsync("/api/exports/qdpx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Matches(@"^transcriptminer-\d{4}-\d{2}-\d{2}\.qdpx$", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        var entry = zip.GetEntry("project.qde");
        Assert.NotNull(entry);
        using (var stream = entry.Open())
        {
            Assert.Empty(ExchangeFixtures.Validate(stream, ExchangeFixtures.Schema()));
        }

        XDocument project;
        using (var stream = entry.Open())
        {
            project = XDocument.Load(stream);
        }

        var codings = project.Descendants(Qda + "Coding").ToList();
        Assert.Single(codings); // only the accepted one, no suggestions
        var codeGuid = codings[0].Element(Qda + "CodeRef")!.Attribute("targetGUID")!.Value;
        var code = project.Descendants(Qda + "Code").Single(c => c.Attribute("guid")!.Value == codeGuid);
        Assert.NotNull(code.Attribute("name"));
        Assert.Contains(project.Descendants(Qda + "User"), u => u.Attribute("name")?.Value == "amina");
    }

    [Fact]
    public async Task The_csv_has_the_header_and_the_accepted_row_and_suggestions_only_when_asked()
    {
        await using var workbench = await TestWorkbench.StartInMemoryAsync(_workspace!.Root);

        var confirmed = await GetTextAsync(workbench, "/api/exports/csv", "text/csv");
        var withSuggestions = await GetTextAsync(workbench, "/api/exports/csv?includeSuggestions=true", "text/csv");

        var lines = confirmed.TrimStart('\uFEFF').Split('\n');
        Assert.Equal(string.Join(',', CodedSegmentsCsvWriter.Header), lines[0].TrimEnd('\r'));
        Assert.StartsWith(_codeId + ",", lines[1], StringComparison.Ordinal); // the one accepted coding
        Assert.Contains(",amina,", confirmed, StringComparison.Ordinal);
        Assert.DoesNotContain(",suggested,", confirmed, StringComparison.Ordinal);
        Assert.Contains(",suggested,", withSuggestions, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Matrix_and_quotes_download_with_their_types_and_names()
    {
        await using var workbench = await TestWorkbench.StartInMemoryAsync(_workspace!.Root);

        var matrix = await GetTextAsync(workbench, "/api/exports/matrix", "text/csv");
        var markdown = await GetTextAsync(workbench, "/api/exports/quotes?format=md", "text/markdown");
        var docx = await workbench.Client.GetAsync("/api/exports/quotes?format=docx");

        Assert.Contains(_codeId, matrix, StringComparison.Ordinal);
        Assert.StartsWith("#", markdown, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        Assert.EndsWith(".docx", docx.Content.Headers.ContentDisposition?.FileNameStar ?? docx.Content.Headers.ContentDisposition?.FileName?.Trim('"'), StringComparison.Ordinal);
        using var zip = new ZipArchive(new MemoryStream(await docx.Content.ReadAsByteArrayAsync()));
        Assert.NotNull(zip.GetEntry("word/document.xml"));
    }

    [Theory]
    [InlineData("/api/exports/pdf", "not an export")]
    [InlineData("/api/exports/quotes?format=pdf", "not a quotes format")]
    public async Task An_unknown_format_is_400(string path, string message)
    {
        await using var workbench = await TestWorkbench.StartInMemoryAsync(_workspace!.Root);

        var response = await workbench.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task<string> GetTextAsync(TestWorkbench workbench, string path, string mediaType)
    {
        var response = await workbench.Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        return Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync());
    }
}
