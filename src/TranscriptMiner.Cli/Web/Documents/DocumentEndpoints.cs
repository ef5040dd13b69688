using Microsoft.AspNetCore.Routing;

namespace TranscriptMiner.Cli.Web.Documents;

/// <summary>The document endpoints of the workbench API.</summary>
internal static class DocumentEndpoints
{
    /// <summary>Maps the endpoints.</summary>
    /// <param name="api">The <c>/api</c> group.</param>
    public static void Map(RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
    }
}
