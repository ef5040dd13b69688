namespace TranscriptMiner.Cli.Watch;

/// <summary>One look at a file: does it exist, its size and time, and could it be opened for reading.</summary>
/// <param name="Exists">Whether the file exists.</param>
/// <param name="Size">Its length in bytes (0 when missing).</param>
/// <param name="LastWriteUtc">Its last write time (default when missing).</param>
/// <param name="CanOpen">Whether it opened for reading with <see cref="FileShare.Read"/> (a copier holding it exclusively makes this false).</param>
internal readonly record struct FileObservation(bool Exists, long Size, DateTime LastWriteUtc, bool CanOpen)
{
    /// <summary>A missing file.</summary>
    public static FileObservation Missing => new(false, 0, default, false);

    /// <summary>Looks at a file on disk.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The observation; never throws.</returns>
    public static FileObservation Of(string path)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return Missing;
            }

            bool canOpen;
            try
            {
                using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1);
                canOpen = true;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                canOpen = false;
            }

            info.Refresh();
            return info.Exists ? new FileObservation(true, info.Length, info.LastWriteTimeUtc, canOpen) : Missing;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or System.Security.SecurityException)
        {
            return new FileObservation(true, -1, default, false);
        }
    }

    /// <summary>Tells whether two observations saw the same size and time.</summary>
    /// <param name="other">The other observation.</param>
    /// <returns><see langword="true"/> when both exist with equal size and time.</returns>
    public bool SameStampAs(FileObservation other) =>
        Exists && other.Exists && Size == other.Size && LastWriteUtc == other.LastWriteUtc;
}
