using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TranscriptMiner.Cli.Hosting;
using TranscriptMiner.Core.Pipeline;
using TranscriptMiner.Core.Plugins;

namespace TranscriptMiner.Cli.Watch;

/// <summary>Builds the host of <c>transcriptminer watch</c>: the shared services plus the four watch services, under systemd when started by it.</summary>
internal static class WatchHost
{
    /// <summary>How long the host waits for the services to stop (below a systemd TimeoutStopSec of 60).</summary>
    public static readonly TimeSpan ShutdownTimeout = TimeSpan.FromSeconds(50);

    /// <summary>Builds the host.</summary>
    /// <param name="overrides">Configuration overrides (command-line options).</param>
    /// <param name="folders">Folders given on the command line (they replace <c>TranscriptMiner:Watch:Folders</c>), or none.</param>
    /// <param name="timeProvider">The clock; <see langword="null"/> means the system clock.</param>
    /// <returns>The host, not started.</returns>
    public static IHost Build(IReadOnlyDictionary<string, string?> overrides, IReadOnlyList<string>? folders, TimeProvider? timeProvider = null) =>
        TranscriptMinerHost.Build(overrides, services => AddWatchServices(services, folders, timeProvider));

    /// <summary>Adds the watch services (and systemd support) to a host's services; <c>serve --watch</c> uses it too.</summary>
    /// <param name="services">The host's services, which already hold the pipeline's.</param>
    /// <param name="folders">Folders given on the command line (they replace <c>TranscriptMiner:Watch:Folders</c>), or none.</param>
    /// <param name="timeProvider">The clock; <see langword="null"/> means the system clock.</param>
    public static void AddWatchServices(IServiceCollection services, IReadOnlyList<string>? folders, TimeProvider? timeProvider = null)
    {
        services.AddSystemd();
        services.Configure<HostOptions>(options => options.ShutdownTimeout = ShutdownTimeout);
        services.AddSingleton(provider => WatchOptions.From(provider.GetRequiredService<IConfiguration>(), folders));
        services.AddSingleton(provider => new WatchSession(
            provider.GetRequiredService<WatchOptions>(),
            new IngestFileFilter(provider.GetRequiredService<PluginHost>().Extractors.SelectMany(e => e.Extensions)),
            timeProvider ?? TimeProvider.System));

        // Started in this order, stopped in reverse: the ingest service opens the workspace first and stops last.
        services.AddSingleton<IngestService>();
        services.AddHostedService(provider => provider.GetRequiredService<IngestService>());
        services.AddSingleton<StabilityGateService>();
        services.AddHostedService(provider => provider.GetRequiredService<StabilityGateService>());
        services.AddSingleton<ReconcileService>();
        services.AddHostedService(provider => provider.GetRequiredService<ReconcileService>());
        services.AddSingleton<FolderWatcherService>();
        services.AddHostedService(provider => provider.GetRequiredService<FolderWatcherService>());
    }
}
