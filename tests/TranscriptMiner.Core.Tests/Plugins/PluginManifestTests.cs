using TranscriptMiner.Core.Plugins;
using TranscriptMiner.Core.Tests.Support;

namespace TranscriptMiner.Core.Tests.Plugins;

public sealed class PluginManifestTests
{
    [Fact]
    public void Parse_ValidManifest_ReadsAllFields()
    {
        PluginManifest manifest = PluginManifest.Parse("""{ "id": "pdf", "name": "PDF", "version": "1.0.0", "entryAssembly": "X.dll" }""");

        Assert.Equal(new PluginManifest("pdf", "PDF", "1.0.0", "X.dll"), manifest);
    }

    [Fact]
    public void Parse_WithFormats_ReadsTheDeclaredMediaTypes()
    {
        PluginManifest manifest = PluginManifest.Parse("""{ "id": "text", "name": "Text", "version": "1.0.0", "entryAssembly": "X.dll", "formats": ["text/plain", " text/vtt "] }""");

        Assert.Equal(["text/plain", "text/vtt"], manifest.Formats);
    }

    [Theory]
    [InlineData("""{ "id": "pdf", "name": "PDF", "version": "1.0.0", "entryAssembly": "X.dll", "formats": "application/pdf" }""", "\"formats\" must be an array of strings")]
    [InlineData("""{ "id": "pdf", "name": "PDF", "version": "1.0.0", "entryAssembly": "X.dll", "formats": [1] }""", "\"formats\" must be an array of strings")]
    [InlineData("{ \"id\": \"pdf\" ", "not valid JSON")]
    [InlineData("[]", "must be a JSON object")]
    [InlineData("""{ "id": "pdf", "name": "PDF", "version": "1.0.0" }""", "missing \"entryAssembly\"")]
    [InlineData("""{ "id": " ", "name": "PDF", "version": "1.0.0", "entryAssembly": "X.dll" }""", "missing \"id\"")]
    [InlineData("""{ "id": 3, "name": "PDF", "version": "1.0.0", "entryAssembly": "X.dll" }""", "missing \"id\"")]
    public void Parse_InvalidManifest_ThrowsFormatExceptionWithReason(string json, string reason)
    {
        var ex = Assert.Throws<FormatException>(() => PluginManifest.Parse(json));

        Assert.Contains(reason, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../../evil.dll")]
    [InlineData("sub/../../evil.dll")]
    [InlineData("/etc/evil.dll")]
    public void ResolveEntryAssemblyPath_LeavingTheFolder_Throws(string entry)
    {
        using var temp = new TempDirectory();
        var manifest = new PluginManifest("x", "X", "1", entry);

        var ex = Assert.Throws<FormatException>(() => manifest.ResolveEntryAssemblyPath(temp.Path));

        Assert.Equal("manifest path leaves the plugin folder", ex.Message);
    }

    [Fact]
    public void ResolveEntryAssemblyPath_SymlinkPointingOutside_Throws()
    {
        using var temp = new TempDirectory();
        string plugin = Directory.CreateDirectory(temp.Combine("plugin")).FullName;
        File.WriteAllText(temp.Combine("outside.dll"), "x");
        File.CreateSymbolicLink(Path.Combine(plugin, "Entry.dll"), temp.Combine("outside.dll"));
        var manifest = new PluginManifest("x", "X", "1", "Entry.dll");

        var ex = Assert.Throws<FormatException>(() => manifest.ResolveEntryAssemblyPath(plugin));

        Assert.Equal("manifest path leaves the plugin folder", ex.Message);
    }

    [Fact]
    public void ResolveEntryAssemblyPath_FileInSubfolder_ReturnsFullPath()
    {
        using var temp = new TempDirectory();
        var manifest = new PluginManifest("x", "X", "1", "lib/Entry.dll");

        string path = manifest.ResolveEntryAssemblyPath(temp.Path);

        Assert.Equal(Path.Combine(temp.Path, "lib", "Entry.dll"), path);
    }
}
