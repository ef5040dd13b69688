using TranscriptMiner.Abstractions;
using TranscriptMiner.Core.Model;

namespace TranscriptMiner.Core.Segmentation;

/// <summary>
/// Labels a transcript's units with speaker turns. A speaker comes from a cue's voice, a bold prefix, or a label at the
/// start of a paragraph; a weak label (a capitalised phrase that is not a role, abbreviation, title and name, or capitals)
/// only counts when it is used at least twice in the document or follows a timestamp. Unlabelled paragraphs continue the
/// current turn; before the first turn they are preamble (cues and timestamped lines start an anonymous turn instead).
/// </summary>
internal static class TranscriptLabeller
{
    /// <summary>Labels the units; returns null when the document has no turns at all.</summary>
    public static SegmentLabel[]? Label(List<TextUnit> units)
    {
        var parsed = new SpeakerLabel?[units.Count];
        var counts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < units.Count; i++)
        {
            var unit = units[i];
            if (unit.Block.Kind == BlockKind.CaptionCue && !string.IsNullOrWhiteSpace(unit.Block.Voice))
            {
                continue;
            }

            if (unit.Block.Kind == BlockKind.TableRow)
            {
                parsed[i] = SpeakerLabelParser.ParseRow(unit.Block);
                if (parsed[i]?.Speaker is { } rowSpeaker)
                {
                    counts[rowSpeaker] = counts.GetValueOrDefault(rowSpeaker) + 1;
                }
            }
            else if (unit.Block.Kind is BlockKind.Paragraph or BlockKind.CaptionCue or BlockKind.ListItem or BlockKind.Heading)
            {
                parsed[i] = SpeakerLabelParser.Parse(unit.Text, BoldPrefix(unit.Block));
                if (parsed[i]?.Speaker is { } speaker)
                {
                    counts[speaker] = counts.GetValueOrDefault(speaker) + 1;
                }
            }
        }

        var labels = new SegmentLabel[units.Count];
        var preamble = new SegmentLabel(SegmentKind.Preamble);
        SegmentLabel? current = null;
        var anyTurn = false;
        for (var i = 0; i < units.Count; i++)
        {
            var unit = units[i];
            string? speaker = null;
            var startsTurn = false;
            if (unit.Block.Kind == BlockKind.CaptionCue && !string.IsNullOrWhiteSpace(unit.Block.Voice))
            {
                speaker = TextNormalizer.Normalize(unit.Block.Voice);
            }
            else if (parsed[i] is { } label)
            {
                if (label.Timestamp is { } timestamp)
                {
                    units[i] = unit with { CueStart = unit.CueStart ?? timestamp };
                    startsTurn = true;
                }

                if (label.Speaker is { } candidate
                    && (label.IsStrong || label.Timestamp is not null || counts.GetValueOrDefault(candidate) >= 2))
                {
                    speaker = candidate;
                }
            }

            startsTurn |= unit.Block.Kind == BlockKind.CaptionCue;
            if (speaker is not null)
            {
                if (current is null || !string.Equals(current.Speaker, speaker, StringComparison.OrdinalIgnoreCase))
                {
                    current = new SegmentLabel(SegmentKind.SpeakerTurn) { Speaker = speaker };
                }

                anyTurn = true;
            }
            else if (current is null && startsTurn)
            {
                current = new SegmentLabel(SegmentKind.SpeakerTurn);
                anyTurn = true;
            }

            labels[i] = current ?? preamble;
        }

        return anyTurn ? labels : null;
    }

    private static string? BoldPrefix(ExtractedBlock block)
    {
        var length = block.Style?.BoldPrefixLength ?? 0;
        if (length <= 0 || block.Kind == BlockKind.ListItem)
        {
            return null;
        }

        var prefix = TextNormalizer.Normalize(block.Text[..Math.Min(length, block.Text.Length)]);
        return prefix.Length == 0 ? null : prefix;
    }
}
