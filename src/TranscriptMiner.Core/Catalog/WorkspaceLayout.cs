namespace TranscriptMiner.Core.Catalog;

/// <summary>The files and folders of a workspace.</summary>
public sealed class WorkspaceLayout
{
    /// <summary>Initializes a layout rooted at a folder.</summary>
    /// <param name="root">The workspace folder (made absolute).</param>
    public WorkspaceLayout(string root)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        Root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
    }

    /// <summary>Gets the workspace folder.</summary>
    public string Root { get; }

    /// <summary>Gets the SQLite catalog: <c>catalog.db</c>.</summary>
    public string CatalogPath => Path.Combine(Root, "catalog.db");

    /// <summary>Gets the Lucene index folder: <c>index/</c>.</summary>
    public string IndexFolder => Path.Combine(Root, "index");

    /// <summary>Gets the models folder: <c>models/</c>.</summary>
    public string ModelsFolder => Path.Combine(Root, "models");

    /// <summary>Gets the codebook: <c>codebook.yaml</c>.</summary>
    public string CodebookPath => Path.Combine(Root, "codebook.yaml");

    /// <summary>Gets the synonyms file: <c>synonyms.txt</c>.</summary>
    public string SynonymsPath => Path.Combine(Root, "synonyms.txt");

    /// <summary>Gets the lock file a writing process holds: <c>workspace.lock</c>.</summary>
    public string LockPath => Path.Combine(Root, "workspace.lock");

    /// <summary>Creates the workspace folder and its <c>index/</c> and <c>models/</c> folders if missing.</summary>
    public void EnsureCreated()
    {
        Directory.CreateDirectory(Root);
        Directory.CreateDirectory(IndexFolder);
        Directory.CreateDirectory(ModelsFolder);
    }
}
