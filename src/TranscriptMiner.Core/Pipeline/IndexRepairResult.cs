namespace TranscriptMiner.Core.Pipeline;

/// <summary>What <see cref="IndexRepair.Repair"/> did.</summary>
/// <param name="Reindexed">Documents (re)written to the index from the catalog.</param>
/// <param name="Deleted">Removed documents deleted from the index.</param>
public sealed record IndexRepairResult(int Reindexed, int Deleted)
{
    /// <summary>Gets the number of documents repaired.</summary>
    public int Total => Reindexed + Deleted;
}
