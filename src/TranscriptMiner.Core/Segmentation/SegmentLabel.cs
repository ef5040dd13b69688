using TranscriptMiner.Core.Model;

namespace TranscriptMiner.Core.Segmentation;

/// <summary>
/// The provenance a labeller gives to a run of units. Consecutive units sharing one label instance form one group;
/// labels with equal values (see <see cref="SameProvenance"/>) are the same kind/speaker/item/section.
/// </summary>
internal sealed class SegmentLabel
{
    public SegmentLabel(SegmentKind kind)
    {
        Kind = kind;
    }

    public SegmentKind Kind { get; }

    public IReadOnlyList<string> HeadingPath { get; init; } = [];

    public string? AgendaItemNumber { get; init; }

    public string? AgendaItemTitle { get; init; }

    public string? Speaker { get; init; }

    /// <summary>Makes a new group with the same provenance (used after a table interrupts an item or section).</summary>
    public SegmentLabel Continue() => new(Kind)
    {
        HeadingPath = HeadingPath,
        AgendaItemNumber = AgendaItemNumber,
        AgendaItemTitle = AgendaItemTitle,
        Speaker = Speaker,
    };

    /// <summary>Makes a label of another kind with the same agenda item and heading path.</summary>
    public SegmentLabel WithKind(SegmentKind kind) => new(kind)
    {
        HeadingPath = HeadingPath,
        AgendaItemNumber = AgendaItemNumber,
        AgendaItemTitle = AgendaItemTitle,
        Speaker = Speaker,
    };

    /// <summary>Whether two labels describe the same kind, speaker, agenda item and section.</summary>
    public bool SameProvenance(SegmentLabel other) =>
        ReferenceEquals(this, other)
        || (Kind == other.Kind
            && string.Equals(Speaker, other.Speaker, StringComparison.Ordinal)
            && string.Equals(AgendaItemNumber, other.AgendaItemNumber, StringComparison.Ordinal)
            && string.Equals(AgendaItemTitle, other.AgendaItemTitle, StringComparison.Ordinal)
            && HeadingPath.SequenceEqual(other.HeadingPath, StringComparer.Ordinal));
}
