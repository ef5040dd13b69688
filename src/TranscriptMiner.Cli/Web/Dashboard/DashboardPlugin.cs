namespace TranscriptMiner.Cli.Web.Dashboard;

/// <summary>An extractor plugin and whether it is quarantined.</summary>
/// <param name="Id">The plugin's id.</param>
/// <param name="Name">Its name.</param>
/// <param name="Version">Its version.</param>
/// <param name="Status">Its load status, or <c>Disabled</c> when quarantined.</param>
/// <param name="Quarantine">Why it was quarantined, if it was.</param>
/// <param name="QuarantinedAt">When it was quarantined.</param>
internal sealed record DashboardPlugin(string Id, string Name, string Version, string Status, string? Quarantine, DateTimeOffset? QuarantinedAt);
