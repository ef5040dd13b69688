namespace TranscriptMiner.Cli.Web.Dashboard;

/// <summary>The recorded failures, newest first (<c>GET /api/dashboard</c>'s <c>failures</c>).</summary>
/// <param name="Total">How many there are.</param>
/// <param name="Items">The newest of them (at most <see cref="DashboardEndpoint.MaxFailures"/>).</param>
internal sealed record DashboardFailures(int Total, IReadOnlyList<DashboardFailure> Items);
