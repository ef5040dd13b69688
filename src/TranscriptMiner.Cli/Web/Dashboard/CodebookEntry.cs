namespace TranscriptMiner.Cli.Web.Dashboard;

/// <summary>One code of <c>GET /api/codebook</c>, in tree order (a parent before its children).</summary>
/// <param name="Id">The code's id.</param>
/// <param name="Name">The display name.</param>
/// <param name="Parent">The parent group's id, or <see langword="null"/> at the top.</param>
/// <param name="Depth">The depth in the tree (0 at the top).</param>
/// <param name="Assignable">Whether segments can get the code (a leaf; groups only hold codes).</param>
/// <param name="Description">What the code means.</param>
/// <param name="WhenToUse">When to apply it.</param>
/// <param name="WhenNotToUse">When not to apply it.</param>
/// <param name="Keywords">The rule keywords.</param>
/// <param name="Examples">Example passages.</param>
/// <param name="Confirmed">Segments confirmed with the code (accepted decisions in force).</param>
/// <param name="Rejected">Segments rejected for the code (rejected decisions in force).</param>
/// <param name="Suggested">Suggestions of the code stored for segments (decided or not).</param>
/// <param name="Pending">Suggestions (score 0.5 or more) nobody has decided yet: what review still has to look at.</param>
internal sealed record CodebookEntry(
    string Id,
    string Name,
    string? Parent,
    int Depth,
    bool Assignable,
    string? Description,
    string? WhenToUse,
    string? WhenNotToUse,
    IReadOnlyList<string> Keywords,
    IReadOnlyList<string> Examples,
    int Confirmed,
    int Rejected,
    int Suggested,
    int Pending);
