namespace TranscriptMiner.Core.Model;

/// <summary>What is known about a document: inferred from its content and overridable by a <c>&lt;file&gt;.meta.json</c> sidecar.</summary>
public sealed record DocumentMetadata
{
    /// <summary>Gets the sort of document.</summary>
    public DocumentKind Kind { get; init; } = DocumentKind.Other;

    /// <summary>Gets the title.</summary>
    public string? Title { get; init; }

    /// <summary>Gets the organisation, such as <c>NHS Norchester CCG</c>.</summary>
    public string? Organisation { get; init; }

    /// <summary>Gets the committee or meeting name, such as <c>Primary Care Commissioning Committee</c>.</summary>
    public string? Committee { get; init; }

    /// <summary>Gets the date of the meeting (or of the paper or interview).</summary>
    public DateOnly? MeetingDate { get; init; }

    /// <summary>Gets the people recorded as present.</summary>
    public IReadOnlyList<Participant> Present { get; init; } = [];

    /// <summary>Gets the people recorded as in attendance (not members).</summary>
    public IReadOnlyList<Participant> InAttendance { get; init; } = [];

    /// <summary>Gets the people who sent apologies.</summary>
    public IReadOnlyList<Participant> Apologies { get; init; } = [];

    /// <summary>Gets the author, if known.</summary>
    public string? Author { get; init; }

    /// <summary>Gets the names of the fields that a sidecar file set (the rest were inferred).</summary>
    public IReadOnlyList<string> OverriddenFields { get; init; } = [];
}
