namespace TranscriptMiner.Plugins.Text;

/// <summary>The warning codes the caption reader uses.</summary>
internal static class CaptionWarningCodes
{
    /// <summary>A cue was left out: malformed timing, out-of-range time or no text.</summary>
    public const string SkippedCue = "skipped-cue";

    /// <summary>A cue's timing was absurd (end before start, overlapping, going backwards) and was repaired.</summary>
    public const string RepairedTiming = "repaired-timing";
}
