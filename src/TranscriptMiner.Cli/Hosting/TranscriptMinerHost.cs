using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using TranscriptMiner.Core.Catalog;
using TranscriptMiner.Core.Coding;
using TranscriptMiner.Core.Detection;
using TranscriptMiner.Core.Extraction;
using TranscriptMiner.Core.Metadata;
using TranscriptMiner.Core.Pipeline;
using TranscriptMiner.Core.Plugins;
using TranscriptMiner.Core.Processing;
using TranscriptMiner.Core.Segmentation;

namespace TranscriptMiner.Cli.Hosting;

/// <summary>Builds the generic host every command runs in: configuration layers, logging and the pipeline's services.</summary>
/// <remarks>
/// Configuration, weakest first: <c>appsettings.json</c> beside the program, <c>appsettings.json</c> in the current
/// directory, environment variables (<c>TranscriptMiner__Workspace=...</c>), then command-line options
/// (<c>--workspace</c>, <c>--set KEY=VALUE</c>). Logs go to standard error so that standard output carries only results.
/// </remarks>
internal static class TranscriptMinerHost
{
    public const string SectionName = "TranscriptMiner";

    public static IHost Build(IReadOnlyDictionary<string, string?> overrides, Action<IServiceCollection>? configureServices = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = AppContext.BaseDirectory,
            DisableDefaults = true,
        });

        Configure(builder, overrides);
        configureServices?.Invoke(builder.Services);
        return builder.Build();
    }

    /// <summary>
    /// Gives a host builder (the generic host's or the web host's) the configuration layers, logging and pipeline
    /// services; configuration sources already on the builder are replaced.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <param name="overrides">Configuration overrides (command-line options), the strongest layer.</param>
    public static void Configure(IHostApplicationBuilder builder, IReadOnlyDictionary<string, string?> overrides)
    {
        var configuration = builder.Configuration;
        configuration.Sources.Clear();
        configuration.AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true, reloadOnChange: false);
        var localSettings = Path.Combine(Environment.CurrentDirectory, "appsettings.json");
        if (!string.Equals(Path.GetFullPath(localSettings), Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "appsettings.json")), StringComparison.Ordinal))
        {
            configuration.AddJsonFile(localSettings, optional: true, reloadOnChange: false);
        }

        configuration.AddEnvironmentVariables();
        configuration.AddInMemoryCollection(overrides);

        builder.Logging.ClearProviders();
        builder.Logging.AddConfiguration(configuration.GetSection("Logging"));
        builder.Logging.AddSimpleConsole(options =>
        {
            options.SingleLine = true;
            options.TimestampFormat = "HH:mm:ss ";
            options.ColorBehavior = Console.IsErrorRedirected ? LoggerColorBehavior.Disabled : LoggerColorBehavior.Default;
        });
        builder.Services.Configure<ConsoleLoggerOptions>(options => options.LogToStandardErrorThreshold = LogLevel.Trace);

        AddPipeline(builder.Services, configuration.GetSection(SectionName));
    }

    private static void AddPipeline(IServiceCollection services, IConfigurationSection section)
    {
        var pluginOptions = section.GetSection("Plugins").Get<PluginOptions>() ?? new PluginOptions();
        if (pluginOptions.Folders.Count == 0)
        {
            pluginOptions.Folders.Add("plugins");
        }

        var extractionOptions = section.GetSection("Extraction").Get<ExtractionOptions>() ?? new ExtractionOptions();
        var segmentationOptions = section.GetSection("Segmentation").Get<SegmentationOptions>() ?? new SegmentationOptions();

        var workspaceOptions = section.GetSection("Catalog").Get<WorkspaceOptions>() ?? new WorkspaceOptions();
        workspaceOptions.Folder = section["Workspace"] ?? WorkspaceOptions.DefaultFolder;
        services.AddSingleton(workspaceOptions);
        services.AddSingleton(WorkspaceLocation.Resolve(workspaceOptions));
        services.AddSingleton(pluginOptions);
        services.AddSingleton(extractionOptions);
        services.AddSingleton(segmentationOptions);
        services.AddSingleton(provider => PluginHost.Load(
            pluginOptions,
            provider.GetRequiredService<ILogger<PluginHost>>(),
            PluginWorkerLaunch.ForAssembly(typeof(TranscriptMinerHost).Assembly.Location)));
        services.AddSingleton(provider => new PluginFaultTracker(
            pluginOptions.QuarantineAfterTimeouts,
            provider.GetRequiredService<ILogger<PluginFaultTracker>>(),
            Path.Combine(provider.GetRequiredService<WorkspaceLayout>().Root, PluginFaultTracker.StatusFileName)));
        services.AddSingleton<IExtractorCatalog>(provider => provider.GetRequiredService<PluginHost>());
        services.AddSingleton<FormatDetector>();
        services.AddSingleton<DocumentExtractionService>();
        services.AddSingleton<MetadataInferrer>();
        services.AddSingleton<SidecarMetadata>();
        services.AddSingleton<DocumentSegmenter>();
        services.AddSingleton<DocumentProcessor>();
        services.AddSingleton<IDocumentProcessor>(provider => provider.GetRequiredService<DocumentProcessor>());
        services.AddSingleton<IDocumentWrittenHook>(provider => new SuggestOnWriteHook(provider.GetRequiredService<WorkspaceLayout>(), workspaceOptions));
    }
}
