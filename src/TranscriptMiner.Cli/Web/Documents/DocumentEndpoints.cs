using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using TranscriptMiner.Cli.Web.Search;

namespace TranscriptMiner.Cli.Web.Documents;

/// <summary>The document endpoints of the workbench API: the list of documents and one document with its segments and coding.</summary>
internal static class DocumentEndpoints
{
    /// <summary>Maps the endpoints.</summary>
    /// <param name="api">The <c>/api</c> group.</param>
    public static void Map(RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/documents", (WorkbenchWorkspace workspace, string[]? kind, string[]? org) => Results.Ok(List(workspace, kind ?? [], org ?? [])));
        api.MapGet("/documents/{id:long}", (WorkbenchWorkspace workspace, long id) => Results.Ok(Read(workspace, id)));
        api.MapGet("/documents/{id}", (string id) => Results.Problem(title: "Not found", detail: $"no document '{id}' (ids are numbers)", statusCode: StatusCodes.Status404NotFound));
    }

    /// <summary>Lists live documents, newest meeting first, optionally of some kinds and organisations.</summary>
    internal static IReadOnlyList<DocumentInfo> List(WorkbenchWorkspace workspace, IReadOnlyList<string> kinds, IReadOnlyList<string> organisations)
    {
        var wanted = SearchParameters.ParseKinds(kinds);
        using var catalog = workspace.OpenReadOnly();
        return catalog.Store.ReadDocuments()
            .Where(d => wanted.Count == 0 || wanted.Contains(d.Kind))
            .Where(d => organisations.Count == 0 || organisations.Contains(d.Organisation ?? string.Empty, StringComparer.OrdinalIgnoreCase))
            .Select(DocumentInfo.From)
            .ToList();
    }

    /// <summary>Reads a document, its segments in order and their coding (three catalog queries and one per document, not per segment).</summary>
    /// <exception cref="WorkbenchException">No such document (404).</exception>
    internal static DocumentView Read(WorkbenchWorkspace workspace, long id)
    {
        var codebook = workspace.LoadCodebook();
        using var catalog = workspace.OpenReadOnly();
        var summary = catalog.Store.ReadDocuments(id).FirstOrDefault() ?? throw WorkbenchException.NotFound($"no document {id} in the catalog");
        var segments = catalog.Store.ReadSegments(id);
        var decisions = catalog.Coding.ReadDocumentDecisions(id).ToLookup(d => d.SegmentId);
        var suggestions = catalog.Coding.ReadDocumentSuggestions(id).ToLookup(s => s.SegmentId);
        var views = segments
            .Select(s => SegmentView.From(s, SegmentCoding.Create(decisions[s.SegmentId], suggestions[s.SegmentId], codebook)))
            .ToList();
        return new DocumentView(DocumentInfo.From(summary), views);
    }
}
