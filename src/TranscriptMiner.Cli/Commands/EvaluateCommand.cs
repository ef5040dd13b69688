using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using TranscriptMiner.Cli.Evaluations;
using TranscriptMiner.Core.Catalog;
using TranscriptMiner.Core.Coding;
using TranscriptMiner.Core.Coding.Rules;
using TranscriptMiner.Core.Evaluation;

namespace TranscriptMiner.Cli.Commands;

/// <summary>
/// <c>transcriptminer evaluate [--folds 5] [--seed N] [--format table|json|csv]</c>: k-fold cross-validation of the code
/// models against the human decisions, the rules-only baseline on the same folds, and agreement between coders.
/// Each report is also saved in <c>workspace/evaluations/</c> (see <see cref="EvaluationHistory"/>) for the dashboard.
/// </summary>
internal sealed class EvaluateCommand : HostedCommand
{
    private readonly Option<int> _folds = new("--folds") { Description = "Number of cross-validation folds (at least 2).", DefaultValueFactory = _ => CrossValidationOptions.DefaultFolds };
    private readonly Option<int> _seed = new("--seed") { Description = "Seed of the fold assignment.", DefaultValueFactory = _ => CrossValidationOptions.DefaultSeed };
    private readonly Option<EvaluationReportFormat> _format = new("--format") { Description = "table (default), json or csv.", DefaultValueFactory = _ => EvaluationReportFormat.Table };

    public EvaluateCommand(GlobalOptions globals, TextWriter output, TextWriter error)
        : base(globals, output, error)
    {
        Command = new Command("evaluate", "Cross-validate the code models on the human decisions: per code count, precision, recall, F1, threshold and kappa; macro and micro F1; the rules-only baseline beside them; agreement between coders.")
        {
            _folds, _seed, _format,
        };
        Command.SetAction(InHost(RunAsync));
    }

    private async Task<int> RunAsync(ParseResult parseResult, IServiceProvider services, CancellationToken cancellationToken)
    {
        var folds = parseResult.GetValue(_folds);
        if (folds < 2)
        {
            await Error.WriteLineAsync("error: --folds must be at least 2").ConfigureAwait(false);
            return CliApplication.BadArguments;
        }

        var layout = services.GetRequiredService<WorkspaceLayout>();
        IReadOnlyList<TrainingExample> examples;
        IReadOnlyList<CoderLabel> labels;
        using (var workspace = await WorkspaceCommands.TryOpenReadOnlyAsync(layout, services.GetRequiredService<WorkspaceOptions>(), Error).ConfigureAwait(false))
        {
            if (workspace is null)
            {
                return CliApplication.Failed;
            }

            examples = workspace.Coding.ReadTrainingExamples();
            labels = workspace.Coding.ReadDecisions()
                .Select(d => new CoderLabel(d.SegmentId, d.CodeId, d.Coder, d.Verdict == DecisionVerdict.Accepted))
                .ToList();
        }

        if (examples.Count == 0)
        {
            await Error.WriteLineAsync("error: no human decisions to evaluate against yet (review, 'code accept|reject' or 'import labels' first)").ConfigureAwait(false);
            return CliApplication.Failed;
        }

        var codebook = await WorkspaceCommands.TryLoadCodebookAsync(layout, Error).ConfigureAwait(false);
        if (codebook is null)
        {
            return CliApplication.Failed;
        }

        EvaluationSuggesters suggesters;
        try
        {
            suggesters = new EvaluationSuggesters(codebook, layout);
        }
        catch (RuleKeywordException exception)
        {
            await Error.WriteLineAsync($"error: {exception.Message}").ConfigureAwait(false);
            return CliApplication.Failed;
        }

        var validator = new CrossValidator(new CrossValidationOptions
        {
            Folds = folds,
            Seed = parseResult.GetValue(_seed),
            ThresholdOf = suggesters.ThresholdOf,
        });
        var report = validator.Evaluate(examples, suggesters.Trainer(cancellationToken), suggesters.Rules, labels, cancellationToken);
        await Output.WriteAsync(EvaluationReportFormatter.Format(report, parseResult.GetValue(_format))).ConfigureAwait(false);
        try
        {
            var saved = EvaluationHistory.Save(layout, report, (services.GetService<TimeProvider>() ?? TimeProvider.System).GetUtcNow());
            await Error.WriteLineAsync($"saved the report to {saved}").ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            await Error.WriteLineAsync($"warning: the report could not be saved in {EvaluationHistory.FolderIn(layout)}: {exception.Message}").ConfigureAwait(false);
        }

        return CliApplication.Success;
    }
}
