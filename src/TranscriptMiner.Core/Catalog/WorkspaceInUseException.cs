namespace TranscriptMiner.Core.Catalog;

/// <summary>Another process holds the workspace for writing.</summary>
public sealed class WorkspaceInUseException : Exception
{
    /// <summary>Initializes a new exception.</summary>
    /// <param name="workspace">The workspace folder.</param>
    /// <param name="ownerProcessId">The process id recorded by the holder, if it could be read.</param>
    /// <param name="innerException">The underlying sharing violation.</param>
    public WorkspaceInUseException(string workspace, int? ownerProcessId, Exception? innerException = null)
        : base(BuildMessage(workspace, ownerProcessId), innerException)
    {
        Workspace = workspace;
        OwnerProcessId = ownerProcessId;
    }

    /// <summary>Gets the workspace folder.</summary>
    public string Workspace { get; }

    /// <summary>Gets the process id recorded by the holder, if known.</summary>
    public int? OwnerProcessId { get; }

    private static string BuildMessage(string workspace, int? pid)
    {
        var owner = pid is { } id ? $" (pid {id})" : string.Empty;
        return $"workspace {workspace} is in use by another TranscriptMiner process{owner}; "
            + "stop it (for example the `watch` service) or use another workspace. Searching does not need the lock.";
    }
}
