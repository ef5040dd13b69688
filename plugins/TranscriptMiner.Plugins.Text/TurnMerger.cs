using System.Text;
using TranscriptMiner.Abstractions;

namespace TranscriptMiner.Plugins.Text;

/// <summary>
/// Merges consecutive cues of one named voice into a single caption block (a turn): its text is the cues' texts
/// joined by spaces, it starts when the first cue starts and ends when the last cue ends. Cues without a voice
/// are never merged, and a turn never spans two voices.
/// </summary>
internal static class TurnMerger
{
    public static void Merge(IReadOnlyList<RawCue> cues, BlockCollector sink)
    {
        RawCue? first = null;
        RawCue? last = null;
        var text = new StringBuilder();
        foreach (var cue in cues)
        {
            if (first is not null && cue.Voice is not null && string.Equals(cue.Voice, first.Voice, StringComparison.Ordinal))
            {
                text.Append(' ').Append(cue.Text);
                last = cue;
                continue;
            }

            Emit(first, last, text, sink);
            first = last = cue;
            text.Clear().Append(cue.Text);
        }

        Emit(first, last, text, sink);
    }

    private static void Emit(RawCue? first, RawCue? last, StringBuilder text, BlockCollector sink)
    {
        if (first is null || last is null)
        {
            return;
        }

        var end = last.End ?? first.End;
        if (end < first.Start)
        {
            end = first.Start;
        }

        sink.Add(ExtractedBlock.CaptionCue(text.ToString(), first.Start, end, first.Voice));
    }
}
