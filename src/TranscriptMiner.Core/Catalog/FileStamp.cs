namespace TranscriptMiner.Core.Catalog;

/// <summary>A file's size and last-write time: what ingest compares before hashing.</summary>
/// <param name="Size">The length in bytes.</param>
/// <param name="LastWriteUtc">The last-write time in UTC (stored to the tick).</param>
public sealed record FileStamp(long Size, DateTime LastWriteUtc)
{
    /// <summary>Reads the stamp of a file.</summary>
    /// <param name="file">The file (refreshed first).</param>
    /// <returns>Its stamp.</returns>
    public static FileStamp Of(FileInfo file)
    {
        ArgumentNullException.ThrowIfNull(file);
        file.Refresh();
        return new FileStamp(file.Length, file.LastWriteTimeUtc);
    }

    /// <summary>Gets the last-write time as UTC (a <see cref="DateTimeKind.Unspecified"/> value is taken as UTC).</summary>
    internal DateTime UtcTime => LastWriteUtc.Kind switch
    {
        DateTimeKind.Local => LastWriteUtc.ToUniversalTime(),
        DateTimeKind.Unspecified => DateTime.SpecifyKind(LastWriteUtc, DateTimeKind.Utc),
        _ => LastWriteUtc,
    };

    /// <summary>Tells whether another stamp has the same size and the same last-write instant.</summary>
    /// <param name="other">The other stamp.</param>
    /// <returns><see langword="true"/> when both agree.</returns>
    public bool SameAs(FileStamp? other) => other is not null && other.Size == Size && other.UtcTime.Ticks == UtcTime.Ticks;
}
