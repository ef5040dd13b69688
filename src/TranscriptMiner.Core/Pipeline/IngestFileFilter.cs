namespace TranscriptMiner.Core.Pipeline;

/// <summary>
/// Which files a folder walk (or a watcher) picks up: extensions some extractor reads, never hidden or temporary files
/// (<c>~$*</c>, <c>*.tmp</c>, <c>*.part</c>, <c>*.crdownload</c>) nor sidecars (<c>*.meta.json</c>, <c>*.expected.json</c>).
/// </summary>
public sealed class IngestFileFilter
{
    private static readonly string[] TemporarySuffixes = [".tmp", ".part", ".crdownload"];
    private static readonly string[] SidecarSuffixes = [".meta.json", ".expected.json"];

    private readonly HashSet<string> _extensions;

    /// <summary>Initializes a filter.</summary>
    /// <param name="extensions">The extensions to accept, with or without the dot, any case (the CLI passes the plugin host's).</param>
    public IngestFileFilter(IEnumerable<string> extensions)
    {
        ArgumentNullException.ThrowIfNull(extensions);
        _extensions = new HashSet<string>(
            extensions.Where(e => !string.IsNullOrWhiteSpace(e)).Select(e => e.Trim().StartsWith('.') ? e.Trim() : "." + e.Trim()),
            StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Gets the accepted extensions (with the dot).</summary>
    public IReadOnlyCollection<string> Extensions => _extensions;

    /// <summary>Tells whether a file name is a temporary or partial file (an editor's lock file, a download in progress).</summary>
    /// <param name="fileName">The file name (a path is fine).</param>
    /// <returns><see langword="true"/> for <c>~$*</c>, <c>*.tmp</c>, <c>*.part</c>, <c>*.crdownload</c>.</returns>
    public static bool IsTemporary(string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        var name = Path.GetFileName(fileName);
        return name.StartsWith("~$", StringComparison.Ordinal)
            || TemporarySuffixes.Any(s => name.EndsWith(s, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Tells whether a name is hidden by convention (starts with a dot).</summary>
    /// <param name="fileName">The file or folder name (a path is fine).</param>
    /// <returns><see langword="true"/> when hidden.</returns>
    public static bool IsHiddenName(string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        return Path.GetFileName(Path.TrimEndingDirectorySeparator(fileName)).StartsWith('.');
    }

    /// <summary>Tells whether a file found in a folder should be ingested.</summary>
    /// <param name="path">The file's path.</param>
    /// <returns><see langword="true"/> when its extension is readable and it is neither hidden, temporary nor a sidecar.</returns>
    public bool Accepts(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var name = Path.GetFileName(path);
        return name.Length > 0
            && !IsHiddenName(name)
            && !IsTemporary(name)
            && !SidecarSuffixes.Any(s => name.EndsWith(s, StringComparison.OrdinalIgnoreCase))
            && _extensions.Contains(Path.GetExtension(name));
    }
}
