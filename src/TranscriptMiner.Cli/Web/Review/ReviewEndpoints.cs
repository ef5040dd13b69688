using Microsoft.AspNetCore.Routing;

namespace TranscriptMiner.Cli.Web.Review;

/// <summary>The review endpoints of the workbench API.</summary>
internal static class ReviewEndpoints
{
    /// <summary>Maps the endpoints.</summary>
    /// <param name="api">The <c>/api</c> group.</param>
    public static void Map(RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
    }
}
