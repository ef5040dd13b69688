using System.Globalization;
using System.Text;
using TranscriptMiner.Cli.Tests;
using TranscriptMiner.Core.Catalog;

namespace TranscriptMiner.Web.Tests;

/// <summary>Puts things into a sample workspace through the CLI, as a person would: decisions, labels, a broken file.</summary>
internal static class WorkspaceData
{
    /// <summary>A segment with a pending suggestion, and the suggested code.</summary>
    public static (long SegmentId, string CodeId) FirstSuggestion(SampleWorkspace workspace)
    {
        using var open = CatalogWorkspace.OpenReadOnly(new WorkspaceLayout(workspace.Root));
        var code = open.Coding.CountSuggestionsByCode().OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).First().Key;
        return (open.Coding.SegmentIdsWithCode(code, confirmed: false)[0], code);
    }

    /// <summary>Accepts a code on a segment with <c>transcriptminer code accept</c>.</summary>
    public static async Task AcceptAsync(SampleWorkspace workspace, long segmentId, string codeId, string coder = "amina")
    {
        var (code, _, error) = await workspace.RunAsync("code", "accept", segmentId.ToString(CultureInfo.InvariantCulture), codeId, "--coder", coder);
        Assert.True(code == 0, error);
    }

    /// <summary>Ingests a folder holding a .docx that is not a zip: one recorded failure.</summary>
    public static async Task<string> IngestBrokenFileAsync(SampleWorkspace workspace)
    {
        var folder = Path.Combine(workspace.Root, "incoming");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "broken-board-paper.docx");
        await File.WriteAllTextAsync(path, "this is not a word document");
        await workspace.RunAsync("ingest", folder);
        return path;
    }

    /// <summary>Imports 60 labelled items (financial-pressure, analytical-capacity) and runs <c>evaluate</c> on them.</summary>
    public static async Task EvaluateAsync(SampleWorkspace workspace)
    {
        await ImportLabelsAsync(workspace);
        var (code, _, error) = await workspace.RunAsync("evaluate", "--folds", "3");
        Assert.True(code == 0, error);
        Assert.Contains("saved the report to", error, StringComparison.Ordinal);
    }

    /// <summary>Imports 60 labelled items: 36 financial-pressure, 36 analytical-capacity (12 both).</summary>
    public static async Task ImportLabelsAsync(SampleWorkspace workspace)
    {
        var file = Path.Combine(workspace.Root, "labels.csv");
        await File.WriteAllTextAsync(file, SampleLabels.FinanceAndAnalystsCsv());
        var (importCode, _, importError) = await workspace.RunAsync("import", "labels", file);
        Assert.True(importCode == 0, importError);
    }
}
