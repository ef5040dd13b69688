using System.Globalization;
using System.Text;
using System.Text.Json;
using TranscriptMiner.Core.Catalog;
using TranscriptMiner.Core.Coding;

namespace TranscriptMiner.Cli.Tests;

/// <summary><c>transcriptminer evaluate</c> over decisions recorded in a real workspace by two coders.</summary>
public sealed class EvaluateCommandTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("tm-evaluate-").FullName;

    public EvaluateCommandTests()
    {
        Directory.CreateDirectory(Corpus);
        for (var i = 1; i <= Segments; i++)
        {
            File.WriteAllText(Path.Combine(Corpus, $"note-{i:00}.txt"), i % 2 == 0
                ? $"The deficit and the savings target were discussed again in meeting {i}.\n"
                : $"Vacancies among district nurses were reported at meeting {i}.\n");
        }
    }

    private const int Segments = 48;

    private string Workspace => Path.Combine(_root, "workspace");

    private string Corpus => Path.Combine(_root, "corpus");

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task Evaluate_TwoCoders_ReportsExamplesFoldsAndAgreement()
    {
        await IngestAsync();
        RecordDecisions();

        var (code, output, error) = await RunAsync("evaluate", "--folds", "3", "--seed", "7", "--format", "json");

        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(3, root.GetProperty("folds").GetInt32());
        Assert.Equal(7, root.GetProperty("seed").GetInt32());
        Assert.Equal(Segments, root.GetProperty("examples").GetInt32());
        var agreement = root.GetProperty("agreement");
        Assert.Equal(["amina", "ben"], agreement.GetProperty("coders").EnumerateArray().Select(c => c.GetString()));

        // Ben agrees with Amina on every segment but the first: finance kappa over the shared segments is below 1.
        var finance = agreement.GetProperty("codes").EnumerateArray().Single(c => c.GetProperty("code").GetString() == "financial-pressure");
        Assert.Equal(Segments, finance.GetProperty("segments").GetInt32());
        var kappa = finance.GetProperty("pairs")[0].GetProperty("kappa").GetDouble();
        Assert.InRange(kappa, 0.5, 0.99);

        // 24 segments a code, 16 of them in each training fold: both codes get models, and the wording separates them.
        var model = root.GetProperty("model");
        Assert.InRange(model.GetProperty("macro_f1").GetDouble(), 0.9, 1.0);
        Assert.All(model.GetProperty("codes").EnumerateArray(), c => Assert.Equal(JsonValueKind.Number, c.GetProperty("threshold").ValueKind));
    }

    [Fact]
    public async Task Evaluate_Table_ShowsTheAgreementSection()
    {
        await IngestAsync();
        RecordDecisions();

        var (code, output, _) = await RunAsync("evaluate");

        Assert.Equal(0, code);
        Assert.Contains("5-fold cross-validation", output, StringComparison.Ordinal);
        Assert.Contains("Agreement between coders (amina, ben)", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_NoDecisions_Fails_BadFolds_ExitTwo()
    {
        await IngestAsync();

        var (code, _, error) = await RunAsync("evaluate");
        var (badCode, _, badError) = await RunAsync("evaluate", "--folds", "1");

        Assert.Equal(1, code);
        Assert.Contains("no human decisions", error, StringComparison.Ordinal);
        Assert.Equal(2, badCode);
        Assert.Contains("--folds", badError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportLabels_MultiLabelCsv_EvaluateReportsModelsBesideRules()
    {
        // The codebook's rules only see the keyword wording ("deficit"); the labels also say it without it.
        var file = Path.Combine(_root, "labels.csv");
        File.WriteAllText(file, SampleLabels.FinanceAndAnalystsCsv());
        var (importCode, _, importError) = await RunAsync("import", "labels", file);
        Assert.True(importCode == 0, importError);

        var (code, output, error) = await RunAsync("evaluate", "--format", "csv");

        Assert.True(code == 0, error);
        var rows = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(',')).ToList();
        var modelFinance = rows.Single(r => r[0] == "model" && r[1] == "financial-pressure");
        var rulesFinance = rows.Single(r => r[0] == "rules" && r[1] == "financial-pressure");
        Assert.Equal("36", modelFinance[3]); // 30 even items + 6 odd multiples of 5
        Assert.Equal("36", rulesFinance[3]);
        var modelMacro = double.Parse(rows.Single(r => r[0] == "model" && r[1] == "(macro)")[10], CultureInfo.InvariantCulture);
        var rulesRecall = double.Parse(rulesFinance[9], CultureInfo.InvariantCulture);
        Assert.InRange(modelMacro, 0.85, 1.0);
        Assert.InRange(rulesRecall, 0.4, 0.9); // "money is tight" escapes the keyword rules
        Assert.DoesNotContain(rows, r => r[0] == "agreement"); // one coder
    }

    private void RecordDecisions()
    {
        using var workspace = CatalogWorkspace.OpenForCoding(new WorkspaceLayout(Workspace));
        var segments = workspace.Coding.ReadSegmentTexts().ToList();
        Assert.Equal(Segments, segments.Count);
        foreach (var segment in segments)
        {
            var finance = segment.Text.Contains("deficit", StringComparison.Ordinal);
            var code = finance ? "financial-pressure" : "workforce";
            var other = finance ? "workforce" : "financial-pressure";
            workspace.Coding.RecordDecision(segment.SegmentId, code, DecisionVerdict.Accepted, "amina", "human");
            workspace.Coding.RecordDecision(segment.SegmentId, other, DecisionVerdict.Rejected, "amina", "human");
            var benSaysFinance = segment.SegmentId == segments[0].SegmentId ? !finance : finance;
            workspace.Coding.RecordDecision(segment.SegmentId, "financial-pressure", benSaysFinance ? DecisionVerdict.Accepted : DecisionVerdict.Rejected, "ben", "human");
        }
    }

    private async Task IngestAsync()
    {
        var (code, _, error) = await RunAsync("ingest", Corpus);
        Assert.True(code == 0, error);
    }

    private async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliApplication.RunAsync([.. args, "--workspace", Workspace], output, error);
        return (code, output.ToString(), error.ToString());
    }
}
