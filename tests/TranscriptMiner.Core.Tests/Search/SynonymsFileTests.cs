using TranscriptMiner.Core.Search;
using Xunit;

namespace TranscriptMiner.Core.Tests.Search;

public sealed class SynonymsFileTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "tm-syn-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Fact]
    public void EnsureDefault_NewWorkspace_WritesDefaultsOnce()
    {
        var path = Path.Combine(_directory, "ws", SynonymsFile.DefaultFileName);

        Assert.True(SynonymsFile.EnsureDefault(path));
        File.WriteAllText(path, "custom, edited");
        Assert.False(SynonymsFile.EnsureDefault(path));

        Assert.Equal("custom, edited", File.ReadAllText(path));
    }

    [Fact]
    public void DefaultContent_HasNhsAcronyms()
    {
        Assert.Contains("a&e, emergency department, accident and emergency", SynonymsFile.DefaultContent, StringComparison.Ordinal);
        Assert.Contains("gp, general practitioner", SynonymsFile.DefaultContent, StringComparison.Ordinal);
        Assert.Contains("icb, integrated care board", SynonymsFile.DefaultContent, StringComparison.Ordinal);
    }
}
