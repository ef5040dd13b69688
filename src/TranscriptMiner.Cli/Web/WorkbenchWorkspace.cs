using TranscriptMiner.Core.Catalog;
using TranscriptMiner.Core.Coding;
using TranscriptMiner.Core.Indexing;
using TranscriptMiner.Core.Learning;
using TranscriptMiner.Core.Search;

namespace TranscriptMiner.Cli.Web;

/// <summary>
/// The workspace as the workbench's endpoints see it. Each call opens what it needs and the caller disposes it, so every
/// request sees the latest catalog and index, also while a worker (in this process or another) ingests: reads open the
/// catalog read-only, decisions open it for coding (no workspace lock, fully synced). Searches share one read-only
/// index reader, opened at the first search, which picks up each new commit of the index at the next search (Lucene's
/// <c>SearcherManager</c>): opening the index per request cost more than the search itself.
/// </summary>
internal sealed class WorkbenchWorkspace : IDisposable
{
    private readonly WorkspaceOptions _options;
    private readonly Lock _codebookGate = new();
    private readonly Lock _indexGate = new();
    private readonly Lock _modelsGate = new();
    private (DateTime WrittenAt, long Length, Codebook Codebook)? _codebook;
    private readonly List<SegmentIndexReader> _retired = [];
    private SegmentIndexReader? _index;
    private (DateTime WrittenAt, long Length, CodeModelSet Set)? _models;

    /// <summary>Initializes the workspace access.</summary>
    /// <param name="layout">The workspace's files.</param>
    /// <param name="options">The workspace options.</param>
    /// <param name="serve">The workbench's options.</param>
    public WorkbenchWorkspace(WorkspaceLayout layout, WorkspaceOptions options, ServeOptions serve)
    {
        Layout = layout;
        _options = options;
        Serve = serve;
    }

    /// <summary>Gets the workspace's files.</summary>
    public WorkspaceLayout Layout { get; }

    /// <summary>Gets the workbench's options.</summary>
    public ServeOptions Serve { get; }

    /// <summary>Opens the catalog read-only.</summary>
    /// <returns>The open workspace; dispose it.</returns>
    /// <exception cref="WorkbenchException">There is no workspace yet (404).</exception>
    public CatalogWorkspace OpenReadOnly()
    {
        EnsureExists();
        return CatalogWorkspace.OpenReadOnly(Layout, _options);
    }

    /// <summary>Opens the catalog for recording decisions and suggestions (no workspace lock; works while a worker ingests).</summary>
    /// <returns>The open workspace; dispose it.</returns>
    /// <exception cref="WorkbenchException">There is no workspace yet (404).</exception>
    public CatalogWorkspace OpenForCoding()
    {
        EnsureExists();
        return CatalogWorkspace.OpenForCoding(Layout, _options);
    }

    /// <summary>Loads the codebook (the default one is installed when there is none), re-read when its file changes.</summary>
    /// <returns>The codebook.</returns>
    /// <exception cref="CodebookException">The file is not a valid codebook.</exception>
    public Codebook LoadCodebook()
    {
        lock (_codebookGate)
        {
            Directory.CreateDirectory(Layout.Root);
            DefaultCodebook.InstallIfMissing(Layout.CodebookPath);
            var file = new FileInfo(Layout.CodebookPath);
            if (_codebook is { } cached && cached.WrittenAt == file.LastWriteTimeUtc && cached.Length == file.Length)
            {
                return cached.Codebook;
            }

            var codebook = CodebookFile.Load(Layout.CodebookPath);
            _codebook = (file.LastWriteTimeUtc, file.Length, codebook);
            return codebook;
        }
    }

    /// <summary>
    /// Loads the current model set (<see cref="CodeModelSet.LoadCurrent"/>), kept while <c>models/current</c> is the same
    /// file: a saved version folder never changes and training replaces <c>current</c> atomically, so the models
    /// (featurizer and one ML.NET model per code) are read once per version, not at every request.
    /// </summary>
    /// <returns>The current set, or <see langword="null"/> when none has been trained.</returns>
    /// <exception cref="ModelSetException">The current set is damaged or missing (not kept; the next call tries again).</exception>
    public CodeModelSet? LoadCurrentModels()
    {
        lock (_modelsGate)
        {
            var current = new FileInfo(Path.Combine(Layout.ModelsFolder, CodeModelSet.CurrentFileName));
            if (!current.Exists)
            {
                _models = null;
                return null;
            }

            if (_models is { } cached && cached.WrittenAt == current.LastWriteTimeUtc && cached.Length == current.Length)
            {
                return cached.Set;
            }

            _models = null;
            var set = CodeModelSet.LoadCurrent(Layout.ModelsFolder);
            if (set is not null)
            {
                _models = (current.LastWriteTimeUtc, current.Length, set);
            }

            return set;
        }
    }

    /// <summary>Runs a search on the index as it is now.</summary>
    /// <param name="request">The search.</param>
    /// <returns>The result.</returns>
    /// <exception cref="WorkbenchException">There is no workspace or index yet (404).</exception>
    /// <exception cref="QuerySyntaxException">The query is not valid syntax.</exception>
    public SearchResult Search(SearchRequest request)
    {
        EnsureExists();
        if (!Directory.Exists(Layout.IndexFolder))
        {
            throw WorkbenchException.NotFound($"no index at {Layout.IndexFolder} yet (run 'transcriptminer ingest <folder>' or 'reindex')");
        }

        var reader = IndexReader();
        try
        {
            return new SearchService(reader, Layout.SynonymsPath).Search(request);
        }
        catch (Exception exception) when (exception is not QuerySyntaxException)
        {
            // The index may have been replaced or damaged under the shared reader: the next search opens it afresh.
            Forget(reader);
            throw;
        }
    }

    /// <summary>Closes the shared index reader.</summary>
    public void Dispose()
    {
        lock (_indexGate)
        {
            _index?.Dispose();
            _index = null;
            foreach (var retired in _retired)
            {
                retired.Dispose();
            }

            _retired.Clear();
        }
    }

    private SegmentIndexReader IndexReader()
    {
        lock (_indexGate)
        {
            return _index ??= SegmentIndexReader.Open(Layout.IndexFolder);
        }
    }

    private void Forget(SegmentIndexReader reader)
    {
        lock (_indexGate)
        {
            if (ReferenceEquals(_index, reader))
            {
                // Searches running now may still hold it: it is closed with the workspace, not here.
                _retired.Add(reader);
                _index = null;
            }
        }
    }

    private void EnsureExists()
    {
        if (!File.Exists(Layout.CatalogPath))
        {
            throw WorkbenchException.NotFound($"no workspace at {Layout.Root} yet (run 'transcriptminer ingest <folder>' first, or pass --workspace)");
        }
    }
}
