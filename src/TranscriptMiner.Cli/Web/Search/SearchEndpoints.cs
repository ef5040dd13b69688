using Microsoft.AspNetCore.Routing;

namespace TranscriptMiner.Cli.Web.Search;

/// <summary>The search endpoints of the workbench API.</summary>
internal static class SearchEndpoints
{
    /// <summary>Maps the endpoints.</summary>
    /// <param name="api">The <c>/api</c> group.</param>
    public static void Map(RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
    }
}
