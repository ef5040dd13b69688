using System.Globalization;
using System.Text;
using TranscriptMiner.Core.Catalog;
using TranscriptMiner.Core.Coding;
using TranscriptMiner.Core.Exchange;

namespace TranscriptMiner.Cli.Exporting;

/// <summary>
/// Writes an export of the catalog's coded segments to a stream: the one piece behind <c>transcriptminer export</c> and
/// the workbench's downloads.
/// </summary>
internal static class CatalogExport
{
    /// <summary>Gets the export's kind from a format name and, for quotes, the file extension (.md/.markdown/.docx).</summary>
    /// <param name="format">csv, matrix, qdpx or quotes.</param>
    /// <param name="extension">The file's extension with its dot (only quotes look at it).</param>
    /// <returns>The kind, or <see langword="null"/> when the format or the quotes extension is not known.</returns>
    public static ExportKind? KindOf(string format, string extension) => format.ToLowerInvariant() switch
    {
        "csv" => ExportKind.Csv,
        "matrix" => ExportKind.Matrix,
        "qdpx" => ExportKind.Qdpx,
        "quotes" => extension.ToLowerInvariant() switch
        {
            ".md" or ".markdown" => ExportKind.QuotesMarkdown,
            ".docx" => ExportKind.QuotesDocx,
            _ => null,
        },
        _ => null,
    };

    /// <summary>Gets the file extension of a kind (with its dot).</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The extension.</returns>
    public static string ExtensionOf(ExportKind kind) => kind switch
    {
        ExportKind.Qdpx => ".qdpx",
        ExportKind.QuotesMarkdown => ".md",
        ExportKind.QuotesDocx => ".docx",
        _ => ".csv",
    };

    /// <summary>Gets the media type of a kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The content type.</returns>
    public static string ContentTypeOf(ExportKind kind) => kind switch
    {
        ExportKind.Qdpx => "application/zip",
        ExportKind.QuotesMarkdown => "text/markdown; charset=utf-8",
        ExportKind.QuotesDocx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        _ => "text/csv; charset=utf-8",
    };

    /// <summary>Writes the export.</summary>
    /// <param name="kind">What to write.</param>
    /// <param name="workspace">The open workspace.</param>
    /// <param name="codebook">The codebook.</param>
    /// <param name="output">The stream (left open).</param>
    /// <param name="name">The project's name and the file name for messages (without extension).</param>
    /// <param name="includeSuggestions">Include pending suggestions (marked, with their scores).</param>
    /// <returns>A one-line summary of what was written ("12 rows").</returns>
    /// <exception cref="ExchangeException">The project is inconsistent.</exception>
    /// <exception cref="CatalogException">The catalog could not be read.</exception>
    public static string Write(ExportKind kind, CatalogWorkspace workspace, Codebook codebook, Stream output, string name, bool includeSuggestions)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(codebook);
        ArgumentNullException.ThrowIfNull(output);
        var exporter = new CatalogExporter(workspace.Store, workspace.Coding);
        if (kind == ExportKind.Qdpx)
        {
            var project = exporter.ReadProject(codebook, name, includeSuggestions);
            QdpxWriter.Write(project, output, name + ExtensionOf(kind));
            return string.Create(CultureInfo.InvariantCulture, $"{project.Sources.Count} sources, {project.Codings.Count} codings by {project.Users.Count} coders");
        }

        var rows = exporter.ReadRows(codebook, includeSuggestions);
        if (kind == ExportKind.QuotesDocx)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{QuotesDocxWriter.Write(rows, codebook, output, includeSuggestions: includeSuggestions)} quotes");
        }

        // CSV gets a byte order mark so spreadsheets read it as UTF-8.
        using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: kind != ExportKind.QuotesMarkdown), leaveOpen: true);
        switch (kind)
        {
            case ExportKind.Csv:
                return string.Create(CultureInfo.InvariantCulture, $"{CodedSegmentsCsvWriter.Write(rows, writer, includeSuggestions)} rows");
            case ExportKind.Matrix:
                CodeDocumentMatrixWriter.Write(rows, codebook, writer, includeSuggestions);
                return "a code x document matrix";
            default:
                return string.Create(CultureInfo.InvariantCulture, $"{QuotesMarkdownWriter.Write(rows, codebook, writer, includeSuggestions: includeSuggestions)} quotes");
        }
    }
}
