namespace TranscriptMiner.Cli.Watch;

/// <summary>What the stability gate decided about a path after one observation.</summary>
internal enum GateDecision
{
    /// <summary>Size or time changed (or not yet seen often enough): look again later.</summary>
    Unsettled,

    /// <summary>Stable, but another process holds it exclusively: look again later.</summary>
    Locked,

    /// <summary>Stable and readable: hand it to the pipeline.</summary>
    Ready,

    /// <summary>Gone: hand it to the pipeline, which marks its document removed.</summary>
    Missing,
}
