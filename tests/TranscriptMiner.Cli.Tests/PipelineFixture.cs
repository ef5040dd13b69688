using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TranscriptMiner.Cli.Hosting;
using TranscriptMiner.Core.Plugins;
using TranscriptMiner.Core.Processing;

namespace TranscriptMiner.Cli.Tests;

/// <summary>One host with the built-in plugins (copied beside the tests by the build), shared by a test class.</summary>
public sealed class PipelineFixture : IDisposable
{
    private readonly IHost _host;

    public PipelineFixture() => _host = TranscriptMinerHost.Build(new Dictionary<string, string?>());

    private PipelineFixture(IReadOnlyDictionary<string, string?> settings) => _host = TranscriptMinerHost.Build(settings);

    /// <summary>A separate pipeline with configuration overrides, e.g. a small limit.</summary>
    public static PipelineFixture WithSettings(IReadOnlyDictionary<string, string?> settings) => new(settings);

    public DocumentProcessor Processor => _host.Services.GetRequiredService<DocumentProcessor>();

    public PluginHost Plugins => _host.Services.GetRequiredService<PluginHost>();

    public void Dispose() => _host.Dispose();
}
