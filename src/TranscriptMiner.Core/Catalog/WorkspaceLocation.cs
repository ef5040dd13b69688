namespace TranscriptMiner.Core.Catalog;

/// <summary>Resolves the configured workspace folder to a full path.</summary>
public static class WorkspaceLocation
{
    /// <summary>Resolves a configured workspace folder against a base directory.</summary>
    /// <param name="configuredFolder">The configured folder (absolute, or relative to <paramref name="currentDirectory"/>); blank means <see cref="WorkspaceOptions.DefaultFolder"/>.</param>
    /// <param name="currentDirectory">The directory relative paths are resolved against; <see langword="null"/> means the process's current directory.</param>
    /// <returns>The full path of the workspace folder, without a trailing separator.</returns>
    public static string Resolve(string? configuredFolder, string? currentDirectory = null)
    {
        var folder = string.IsNullOrWhiteSpace(configuredFolder) ? WorkspaceOptions.DefaultFolder : configuredFolder.Trim();
        var baseDirectory = currentDirectory ?? Directory.GetCurrentDirectory();
        var full = Path.GetFullPath(folder, baseDirectory);
        return Path.TrimEndingDirectorySeparator(full);
    }

    /// <summary>Resolves the workspace of a set of options against the process's current directory.</summary>
    /// <param name="options">The options.</param>
    /// <returns>The workspace's layout.</returns>
    public static WorkspaceLayout Resolve(WorkspaceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new WorkspaceLayout(Resolve(options.Folder));
    }
}
