namespace TranscriptMiner.Cli.Web.Dashboard;

/// <summary>A file that could not be ingested.</summary>
/// <param name="Path">The full path.</param>
/// <param name="FileName">The file's name.</param>
/// <param name="Kind">The kind of failure (kebab-case).</param>
/// <param name="Message">What went wrong.</param>
/// <param name="PluginId">The plugin that was reading it, if any.</param>
/// <param name="FailedAt">When it last failed.</param>
/// <param name="Attempts">How many times it failed.</param>
internal sealed record DashboardFailure(string Path, string FileName, string Kind, string Message, string? PluginId, DateTimeOffset FailedAt, int Attempts);
