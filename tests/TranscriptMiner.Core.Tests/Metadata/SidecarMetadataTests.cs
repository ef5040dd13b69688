using TranscriptMiner.Abstractions;
using TranscriptMiner.Core.Extraction;
using TranscriptMiner.Core.Metadata;
using TranscriptMiner.Core.Model;

namespace TranscriptMiner.Core.Tests.Metadata;

public sealed class SidecarMetadataTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "tm-sidecar-" + Guid.NewGuid().ToString("N"));
    private readonly SidecarMetadata _sidecar = new();
    private readonly DocumentMetadata _inferred = new()
    {
        Kind = DocumentKind.Other,
        Title = "Inferred title",
        Organisation = "NHS Norchester CCG",
        Author = "Someone",
    };

    public SidecarMetadataTests()
    {
        Directory.CreateDirectory(_folder);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Document(string? sidecarJson)
    {
        var path = Path.Combine(_folder, "minutes.pdf");
        File.WriteAllText(path, "%PDF");
        if (sidecarJson is not null)
        {
            File.WriteAllText(path + ".meta.json", sidecarJson);
        }

        return path;
    }

    [Fact]
    public void ApplySidecar_NoSidecar_ReturnsInferred()
    {
        Assert.Same(_inferred, _sidecar.ApplySidecar(_inferred, Document(null)));
    }

    [Fact]
    public void ApplySidecar_FieldsPresent_OverrideAndAreListed()
    {
        var path = Document("""
            {
              "kind": "Board-Paper",
              "committee": "Governing Body",
              "meetingDate": "14/03/2021",
              "present": ["Dr Jane Okafor (Chair)", { "name": "Tom Hale", "role": "Chief Finance Officer" }, "Ann Bell"],
              "apologies": [],
              "unknown": 42
            }
            """);

        var result = _sidecar.ApplySidecar(_inferred, path);

        Assert.Equal(DocumentKind.BoardPaper, result.Kind);
        Assert.Equal("Governing Body", result.Committee);
        Assert.Equal(new DateOnly(2021, 3, 14), result.MeetingDate);
        Assert.Equal([new Participant("Dr Jane Okafor", "Chair"), new Participant("Tom Hale", "Chief Finance Officer"), new Participant("Ann Bell")], result.Present);
        Assert.Empty(result.Apologies);
        Assert.Equal("Inferred title", result.Title);
        Assert.Equal("NHS Norchester CCG", result.Organisation);
        Assert.Equal(["kind", "committee", "meetingDate", "present", "apologies"], result.OverriddenFields);
    }

    [Fact]
    public void ApplySidecar_IsoDateAndCaseInsensitiveNames_Parse()
    {
        var result = _sidecar.ApplySidecar(_inferred, Document("""{ "MeetingDate": "2021-03-14", "KIND": "minutes", "Title": "Real title" }"""));

        Assert.Equal(new DateOnly(2021, 3, 14), result.MeetingDate);
        Assert.Equal(DocumentKind.Minutes, result.Kind);
        Assert.Equal("Real title", result.Title);
    }

    [Theory]
    [InlineData("{ \"title\": \"x\", ", "line")]
    [InlineData("[1, 2]", "JSON object")]
    [InlineData("{ \"kind\": \"memo\" }", "'kind'")]
    [InlineData("{ \"meetingDate\": \"31/02/2021\" }", "'meetingDate'")]
    [InlineData("{ \"present\": \"Jane\" }", "'present'")]
    [InlineData("{ \"title\": 5 }", "'title'")]
    [InlineData("{ \"present\": [ { \"role\": \"Chair\" } ] }", "present[0]")]
    public void ApplySidecar_Malformed_ThrowsCorruptNamingTheSidecar(string json, string expected)
    {
        var path = Document(json);

        var error = Assert.Throws<DocumentFailedException>(() => _sidecar.ApplySidecar(_inferred, path));

        Assert.Equal(path + ".meta.json", error.Path);
        Assert.Equal(ExtractionFailureKind.Corrupt, error.Kind);
        Assert.StartsWith("invalid metadata sidecar: ", error.Reason, StringComparison.Ordinal);
        Assert.Contains(expected, error.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("LineNumber", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ApplySidecar_SyntaxError_ReportsLineAndPosition()
    {
        var path = Document("{\n  \"title\": \"x\"\n  \"committee\": \"y\"\n}");

        var error = Assert.Throws<DocumentFailedException>(() => _sidecar.ApplySidecar(_inferred, path));

        Assert.Contains("(line 3, position 3)", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ApplySidecar_Utf8ByteOrderMark_IsAccepted()
    {
        var path = Document(null);
        File.WriteAllBytes(path + ".meta.json", [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes("{ \"title\": \"Café minutes\" }")]);

        Assert.Equal("Café minutes", _sidecar.ApplySidecar(_inferred, path).Title);
    }
}
