namespace TranscriptMiner.Core.Plugins;

/// <summary>Path checks that keep a plugin's files inside its folder, links included.</summary>
internal static class PluginPaths
{
    /// <summary>Gets whether <paramref name="path"/> is strictly inside <paramref name="folder"/> (both full paths).</summary>
    /// <param name="path">The candidate.</param>
    /// <param name="folder">The folder.</param>
    /// <returns>True when inside.</returns>
    public static bool IsInside(string path, string folder)
    {
        string prefix = Path.TrimEndingDirectorySeparator(folder) + Path.DirectorySeparatorChar;
        return path.StartsWith(prefix, StringComparison.Ordinal);
    }

    /// <summary>Resolves every symbolic link along <paramref name="fullPath"/> (existing parts only).</summary>
    /// <param name="fullPath">A full path.</param>
    /// <returns>The path with links replaced by their final targets.</returns>
    public static string RealPath(string fullPath)
    {
        string? root = Path.GetPathRoot(fullPath);
        if (string.IsNullOrEmpty(root))
        {
            return fullPath;
        }

        string current = root;
        string[] parts = fullPath[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        foreach (string part in parts)
        {
            current = Path.Combine(current, part);
            FileSystemInfo info = Directory.Exists(current) ? new DirectoryInfo(current) : new FileInfo(current);
            if (info.Exists && info.LinkTarget is not null)
            {
                FileSystemInfo? target = info.ResolveLinkTarget(returnFinalTarget: true);
                if (target is not null)
                {
                    current = Path.GetFullPath(target.FullName);
                }
            }
        }

        return current;
    }
}
