using System.Globalization;

namespace TranscriptMiner.Core.Catalog;

/// <summary>
/// The exclusive right to write a workspace: an open handle on <c>workspace.lock</c> with <see cref="FileShare.None"/>,
/// held until disposed (normally for the process's lifetime).
/// </summary>
/// <remarks>
/// On Linux and macOS .NET turns <see cref="FileShare.None"/> into an advisory <c>flock(LOCK_EX)</c>, which conflicts
/// across processes and between two opens in one process; on Windows the sharing mode is enforced by the OS. The OS
/// drops the lock when the holder dies, so a lock file left by a killed process never blocks. The holder's pid goes to
/// <c>workspace.lock.pid</c> (the locked file itself cannot be read by another opener: .NET takes a shared flock to
/// read); it is informational only. Read-only users (search) do not take the lock.
/// </remarks>
public sealed class WorkspaceLock : IDisposable
{
    private readonly FileStream _stream;
    private readonly string _ownerPath;

    private WorkspaceLock(string workspace, FileStream stream, string ownerPath)
    {
        Workspace = workspace;
        _stream = stream;
        _ownerPath = ownerPath;
    }

    /// <summary>Gets the workspace folder.</summary>
    public string Workspace { get; }

    /// <summary>Takes the workspace's write lock, creating the workspace folder if needed.</summary>
    /// <param name="layout">The workspace.</param>
    /// <returns>The held lock.</returns>
    /// <exception cref="WorkspaceInUseException">Another process (or another opener in this one) holds it.</exception>
    public static WorkspaceLock Acquire(WorkspaceLayout layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        Directory.CreateDirectory(layout.Root);
        FileStream stream;
        try
        {
            stream = new FileStream(layout.LockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, bufferSize: 1);
        }
        catch (IOException ex) when (ex.GetType() == typeof(IOException))
        {
            throw new WorkspaceInUseException(layout.Root, ReadOwner(OwnerPath(layout)), ex);
        }

        var ownerPath = OwnerPath(layout);
        WriteOwner(ownerPath);
        return new WorkspaceLock(layout.Root, stream, ownerPath);
    }

    /// <summary>Releases the lock. The lock file stays; it never blocks anyone by itself.</summary>
    public void Dispose()
    {
        try
        {
            // Before releasing, so the next holder's pid is never deleted.
            File.Delete(_ownerPath);
        }
        catch (IOException)
        {
            // Informational file; a stale one is overwritten by the next holder.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }

        _stream.Dispose();
    }

    private static string OwnerPath(WorkspaceLayout layout) => layout.LockPath + ".pid";

    private static void WriteOwner(string path)
    {
        try
        {
            File.WriteAllText(path, string.Create(CultureInfo.InvariantCulture, $"{Environment.ProcessId}\n{DateTimeOffset.UtcNow:O}\n"));
        }
        catch (IOException)
        {
            // The pid is informational; a full disk must not stop the lock from being held.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }

    private static int? ReadOwner(string ownerPath)
    {
        try
        {
            var text = File.ReadAllText(ownerPath);
            var end = text.IndexOf('\n', StringComparison.Ordinal);
            var first = end >= 0 ? text[..end] : text;
            return int.TryParse(first, NumberStyles.None, CultureInfo.InvariantCulture, out var pid) ? pid : null;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
