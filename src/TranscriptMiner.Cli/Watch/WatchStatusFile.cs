using System.Diagnostics;
using System.Text.Json;
using TranscriptMiner.Core.Catalog;

namespace TranscriptMiner.Cli.Watch;

/// <summary>Reads and writes <c>watch-status.json</c> in the workspace (written atomically: temporary file, then rename).</summary>
internal static class WatchStatusFile
{
    /// <summary>The file name.</summary>
    public const string FileName = "watch-status.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>Gets the status file's path in a workspace.</summary>
    /// <param name="layout">The workspace.</param>
    /// <returns>The path.</returns>
    public static string PathIn(WorkspaceLayout layout) => Path.Combine(layout.Root, FileName);

    /// <summary>Writes the status.</summary>
    /// <param name="path">The status file.</param>
    /// <param name="status">The status.</param>
    public static void Write(string path, WatchStatus status)
    {
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(status, Json));
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Reads the status when the file exists and its process is alive.</summary>
    /// <param name="path">The status file.</param>
    /// <returns>The status, or <see langword="null"/> when nobody is watching.</returns>
    public static WatchStatus? TryReadLive(string path)
    {
        try
        {
            if (!File.Exists(path))
            {
                return null;
            }

            var status = JsonSerializer.Deserialize<WatchStatus>(File.ReadAllText(path), Json);
            return status is not null && IsAlive(status.Pid) ? status : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException)
        {
            return null;
        }
    }

    /// <summary>Deletes the status file (the watcher stopped).</summary>
    /// <param name="path">The status file.</param>
    public static void Delete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Left behind: status checks the pid.
        }
    }

    private static bool IsAlive(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
