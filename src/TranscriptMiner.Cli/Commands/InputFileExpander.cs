namespace TranscriptMiner.Cli.Commands;

/// <summary>Turns command-line paths into the files to process: files as given, folders searched recursively.</summary>
/// <remarks>
/// Inside folders only files with an extension some plugin reads are taken (a named file is always taken: detection
/// decides what it is). Sidecars (<c>*.meta.json</c>), expected-output files (<c>*.expected.json</c>), hidden files and
/// temporary downloads (<c>~$*</c>, <c>*.tmp</c>, <c>*.part</c>, <c>*.crdownload</c>) are skipped. Order is ordinal by path,
/// so runs are repeatable.
/// </remarks>
internal static class InputFileExpander
{
    private static readonly string[] SkippedSuffixes = [".meta.json", ".expected.json", ".tmp", ".part", ".crdownload"];

    public static InputFiles Expand(IEnumerable<string> paths, IReadOnlyCollection<string> knownExtensions)
    {
        var extensions = new HashSet<string>(knownExtensions, StringComparer.OrdinalIgnoreCase);
        var files = new SortedSet<string>(StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                files.Add(Path.GetFullPath(path));
            }
            else if (Directory.Exists(path))
            {
                var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden };
                foreach (var file in Directory.EnumerateFiles(path, "*", options))
                {
                    if (IsCandidate(file, extensions))
                    {
                        files.Add(Path.GetFullPath(file));
                    }
                }
            }
            else
            {
                missing.Add(path);
            }
        }

        return new InputFiles([.. files], missing);
    }

    public static bool IsCandidate(string file, IReadOnlySet<string> extensions)
    {
        var name = Path.GetFileName(file);
        if (name.StartsWith('.') || name.StartsWith("~$", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var suffix in SkippedSuffixes)
        {
            if (name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return extensions.Contains(Path.GetExtension(name));
    }
}
