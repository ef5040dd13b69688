using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace TranscriptMiner.Cli.Web.Dashboard;

/// <summary>The dashboard endpoints of the workbench API: <c>GET /api/codebook</c> and <c>GET /api/dashboard</c>.</summary>
internal static class DashboardEndpoints
{
    /// <summary>Maps the endpoints.</summary>
    /// <param name="api">The <c>/api</c> group.</param>
    public static void Map(RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/codebook", CodebookEndpoint.Get);
        api.MapGet("/dashboard", DashboardEndpoint.Get);
    }
}
