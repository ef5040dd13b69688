namespace TranscriptMiner.Core.Indexing;

/// <summary>Tuning for a <see cref="SegmentIndex"/>.</summary>
public sealed record SegmentIndexOptions
{
    /// <summary>Gets the RAM buffer the writer fills before flushing a segment, in MB (default 256).</summary>
    public double RamBufferSizeMB { get; init; } = 256;

    /// <summary>Gets the number of threads <see cref="SegmentIndex.Rebuild"/> analyses with (default: one per core).</summary>
    public int RebuildThreads { get; init; } = Environment.ProcessorCount;
}
