using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using TranscriptMiner.Cli.Exporting;

namespace TranscriptMiner.Cli.Web.Exports;

/// <summary>
/// The export endpoints of the workbench API: <c>GET /api/exports/{csv|matrix|qdpx|quotes}?includeSuggestions=&amp;format=md|docx</c>
/// downloads what <c>transcriptminer export</c> writes (the same <see cref="CatalogExport"/>), named
/// <c>transcriptminer[-matrix|-quotes]-YYYY-MM-DD.ext</c>.
/// </summary>
internal static class ExportEndpoints
{
    /// <summary>Maps the endpoints.</summary>
    /// <param name="api">The <c>/api</c> group.</param>
    public static void Map(RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/exports/{kind}", Export);
    }

    private static IResult Export(string kind, string? format, bool? includeSuggestions, WorkbenchWorkspace workspace)
    {
        var extension = kind.Equals("quotes", StringComparison.OrdinalIgnoreCase) ? "." + (format ?? "md") : string.Empty;
        if (CatalogExport.KindOf(kind, extension) is not { } export)
        {
            throw kind.ToLowerInvariant() is "csv" or "matrix" or "qdpx" or "quotes"
                ? WorkbenchException.BadRequest($"'{format}' is not a quotes format (md or docx)")
                : WorkbenchException.BadRequest($"'{kind}' is not an export (csv, matrix, qdpx or quotes)");
        }

        var codebook = workspace.LoadCodebook();
        var date = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var name = export switch
        {
            ExportKind.Matrix => $"transcriptminer-matrix-{date}",
            ExportKind.QuotesMarkdown or ExportKind.QuotesDocx => $"transcriptminer-quotes-{date}",
            _ => $"transcriptminer-{date}",
        };

        // The writers are synchronous: write to a temporary file that is deleted when the response has sent it.
        var temporary = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose);
        try
        {
            using (var open = workspace.OpenReadOnly())
            {
                CatalogExport.Write(export, open, codebook, temporary, name, includeSuggestions ?? false);
            }

            temporary.Position = 0;
            return Results.File(temporary, CatalogExport.ContentTypeOf(export), name + CatalogExport.ExtensionOf(export));
        }
        catch
        {
            temporary.Dispose();
            throw;
        }
    }
}
