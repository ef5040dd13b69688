using System.Globalization;
using System.Text;
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
        var csv = new StringBuilder("id,text,code\n");
        for (var i = 1; i <= 60; i++)
        {
            var finance = i % 2 == 0 || i % 5 == 0;
            var analysts = i % 2 == 1 || i % 5 == 0;
            var money = i % 4 == 0 ? "money is tight this year" : "the deficit grew again";
            var text = (finance, analysts) switch
            {
                (true, true) => $"Item {i}: {money}, and the analysts had left.",
                (true, false) => $"Item {i}: members heard that {money}.",
                _ => $"Item {i}: the team has too few analysts to interpret the dashboards.",
            };
            if (finance)
            {
                csv.Append(CultureInfo.InvariantCulture, $"{i},\"{text}\",financial-pressure\n");
            }

            if (analysts)
            {
                csv.Append(CultureInfo.InvariantCulture, $"{i},\"{text}\",analytical-capacity\n");
            }
        }

        var file = Path.Combine(workspace.Root, "labels.csv");
        await File.WriteAllTextAsync(file, csv.ToString());
        var (importCode, _, importError) = await workspace.RunAsync("import", "labels", file);
        Assert.True(importCode == 0, importError);
    }
}
