using TranscriptMiner.Cli.Tests;

namespace TranscriptMiner.Web.Tests;

/// <summary>A fresh workspace holding <c>corpus-samples/</c> as <c>transcriptminer ingest</c> leaves it (with the codebook rules' suggestions), deleted on dispose.</summary>
public sealed class SampleWorkspace : IDisposable
{
    private SampleWorkspace(string root) => Root = root;

    /// <summary>Gets the workspace folder.</summary>
    public string Root { get; }

    /// <summary>Ingests the corpus samples into a new temporary workspace.</summary>
    public static async Task<SampleWorkspace> CreateAsync()
    {
        var root = Path.Combine(Path.GetTempPath(), "tm-web-" + Guid.NewGuid().ToString("N"));
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await Cli.CliApplication.RunAsync(["--workspace", root, "ingest", RepositoryPaths.CorpusSamples], output, error);
        Assert.True(code == 0, $"ingest failed ({code}): {error}");
        return new SampleWorkspace(root);
    }

    /// <summary>Runs a command on this workspace, e.g. <c>RunAsync("code", "list")</c>.</summary>
    public async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await Cli.CliApplication.RunAsync(["--workspace", Root, .. args], output, error);
        return (code, output.ToString(), error.ToString());
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless.
        }
    }
}
