namespace TranscriptMiner.Cli.Web.Dashboard;

/// <summary>The coding work (<c>GET /api/dashboard</c>'s <c>coding</c>).</summary>
/// <param name="Decisions">Decisions in force.</param>
/// <param name="Accepted">Of which accepted.</param>
/// <param name="Rejected">Of which rejected.</param>
/// <param name="Coders">Coders who made them.</param>
/// <param name="Suggestions">Stored suggestions (decided or not).</param>
/// <param name="PendingSuggestions">Suggestions (score 0.5 or more) nobody has decided yet.</param>
/// <param name="OpenFlags">Review flags nobody has resolved yet.</param>
internal sealed record DashboardCoding(int Decisions, int Accepted, int Rejected, int Coders, int Suggestions, int PendingSuggestions, int OpenFlags);
