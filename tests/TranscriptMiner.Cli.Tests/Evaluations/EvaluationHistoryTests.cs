using TranscriptMiner.Cli.Evaluations;
using TranscriptMiner.Core.Catalog;
using TranscriptMiner.Core.Evaluation;

namespace TranscriptMiner.Cli.Tests.Evaluations;

/// <summary>The evaluation reports kept in <c>workspace/evaluations/</c> for the dashboard.</summary>
public sealed class EvaluationHistoryTests : IDisposable
{
    private readonly WorkspaceLayout _layout = new(Directory.CreateTempSubdirectory("tm-evaluations-").FullName);

    public void Dispose() => Directory.Delete(_layout.Root, recursive: true);

    [Fact]
    public void Saved_reports_read_back_oldest_first_with_their_figures()
    {
        var at = new DateTimeOffset(2026, 11, 24, 2, 0, 0, TimeSpan.Zero);
        EvaluationHistory.Save(_layout, Report(new BinaryCounts(8, 2, 0, 10)), at.AddMinutes(5));
        EvaluationHistory.Save(_layout, Report(new BinaryCounts(6, 2, 2, 10)), at);

        var saved = EvaluationHistory.Read(_layout);

        Assert.Equal([at, at.AddMinutes(5)], saved.Select(s => s.EvaluatedAt));
        var latest = saved[^1];
        Assert.Equal(30, latest.Examples);
        var finance = Assert.Single(latest.Codes);
        Assert.Equal("financial-pressure", finance.CodeId);
        Assert.Equal(8, finance.Support);
        Assert.Equal(0.8, finance.Precision!.Value, 3);
        Assert.Equal(1.0, finance.Recall!.Value, 3);
        Assert.Equal(0.6, finance.Threshold);
        Assert.Equal(0.75, Assert.Single(latest.BaselineCodes).F1!.Value, 3);
        Assert.Equal(latest.Codes[0].F1!.Value, latest.MacroF1!.Value, 3);
    }

    [Fact]
    public void Only_the_newest_reports_are_kept_and_damaged_files_are_skipped()
    {
        var at = new DateTimeOffset(2026, 11, 24, 2, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < EvaluationHistory.Kept + 3; i++)
        {
            EvaluationHistory.Save(_layout, Report(new BinaryCounts(8, 2, 0, 10)), at.AddMinutes(i));
        }

        File.WriteAllText(Path.Combine(EvaluationHistory.FolderIn(_layout), "20300101T000000000Z.json"), "{ not json");
        File.WriteAllText(Path.Combine(EvaluationHistory.FolderIn(_layout), "notes.json"), "{}");

        var saved = EvaluationHistory.Read(_layout);

        Assert.Equal(EvaluationHistory.Kept, saved.Count);
        Assert.Equal(at.AddMinutes(3), saved[0].EvaluatedAt);
        Assert.Equal(at.AddMinutes(EvaluationHistory.Kept + 2), saved[^1].EvaluatedAt);
    }

    [Fact]
    public void No_folder_means_no_reports() => Assert.Empty(EvaluationHistory.Read(_layout));

    private static EvaluationReport Report(BinaryCounts model) => new()
    {
        Examples = 30,
        Folds = 5,
        Seed = 1,
        Model = new SuggesterEvaluation("model", [new CodeMetrics("financial-pressure", model, 0.6)]),
        Baseline = new SuggesterEvaluation("rules", [new CodeMetrics("financial-pressure", new BinaryCounts(6, 2, 2, 10), null)]),
        Elapsed = TimeSpan.FromSeconds(1),
    };
}
