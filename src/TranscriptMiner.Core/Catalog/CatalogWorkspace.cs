namespace TranscriptMiner.Core.Catalog;

/// <summary>
/// An open workspace: its layout, its catalog and (when writing) its lock. The pipeline opens one for writing for the
/// process's lifetime; search and status open one read-only, without the lock.
/// </summary>
public sealed class CatalogWorkspace : IDisposable
{
    private readonly WorkspaceLock? _lock;

    private CatalogWorkspace(WorkspaceLayout layout, CatalogDatabase database, CatalogStore store, WorkspaceLock? heldLock)
    {
        Layout = layout;
        Database = database;
        Store = store;
        _lock = heldLock;
    }

    /// <summary>Gets the workspace's files and folders.</summary>
    public WorkspaceLayout Layout { get; }

    /// <summary>Gets the open catalog.</summary>
    public CatalogDatabase Database { get; }

    /// <summary>Gets the catalog's API.</summary>
    public CatalogStore Store { get; }

    /// <summary>Gets a value indicating whether the workspace was opened read-only (no lock held).</summary>
    public bool IsReadOnly => _lock is null;

    /// <summary>Takes the workspace lock, creates the folders if needed and opens (migrating) the catalog.</summary>
    /// <param name="layout">The workspace.</param>
    /// <param name="options">The options (busy timeout); <see langword="null"/> means defaults.</param>
    /// <param name="timeProvider">The clock; <see langword="null"/> means the system clock.</param>
    /// <returns>The open workspace; dispose it to release the lock.</returns>
    /// <exception cref="WorkspaceInUseException">Another process writes the workspace.</exception>
    /// <exception cref="CatalogException">The catalog cannot be opened or is newer than this program.</exception>
    public static CatalogWorkspace OpenForWriting(WorkspaceLayout layout, WorkspaceOptions? options = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(layout);
        var heldLock = WorkspaceLock.Acquire(layout);
        try
        {
            layout.EnsureCreated();
            var database = CatalogDatabase.Open(layout.CatalogPath, (options ?? new WorkspaceOptions()).BusyTimeout);
            return new CatalogWorkspace(layout, database, new CatalogStore(database, timeProvider), heldLock);
        }
        catch
        {
            heldLock.Dispose();
            throw;
        }
    }

    /// <summary>Opens an existing workspace's catalog read-only, without the lock (search, status, failures).</summary>
    /// <param name="layout">The workspace.</param>
    /// <param name="options">The options (busy timeout); <see langword="null"/> means defaults.</param>
    /// <returns>The open workspace.</returns>
    /// <exception cref="CatalogException">There is no catalog yet, or its schema is not this program's.</exception>
    public static CatalogWorkspace OpenReadOnly(WorkspaceLayout layout, WorkspaceOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(layout);
        var database = CatalogDatabase.OpenReadOnly(layout.CatalogPath, (options ?? new WorkspaceOptions()).BusyTimeout);
        return new CatalogWorkspace(layout, database, new CatalogStore(database), heldLock: null);
    }

    /// <summary>Closes the catalog, then releases the lock.</summary>
    public void Dispose()
    {
        Database.Dispose();
        _lock?.Dispose();
    }
}
