namespace TranscriptMiner.Core.Model;

/// <summary>What a segment is within its document.</summary>
public enum SegmentKind
{
    /// <summary>Text before the first heading, agenda item or turn (title block, preamble).</summary>
    Preamble,

    /// <summary>The discussion of one agenda item of a set of minutes (or part of it when long).</summary>
    AgendaItem,

    /// <summary>One speaker's turn in a transcript (consecutive cues or paragraphs of one speaker).</summary>
    SpeakerTurn,

    /// <summary>The text under one heading (or part of it when long).</summary>
    Section,

    /// <summary>A paragraph group where no heading, agenda item or speaker structure applies.</summary>
    Paragraph,

    /// <summary>The attendance record of a meeting: present, in attendance, apologies.</summary>
    Attendance,

    /// <summary>An action log: actions with owners and due dates.</summary>
    ActionLog,

    /// <summary>A table outside an action log (rows kept together).</summary>
    Table,
}
