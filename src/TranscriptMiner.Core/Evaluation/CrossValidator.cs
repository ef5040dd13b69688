using System.Diagnostics;
using TranscriptMiner.Core.Coding;

namespace TranscriptMiner.Core.Evaluation;

/// <summary>
/// k-fold cross-validation of a trainable suggester against human decisions, with an untrained (rules) baseline scored on
/// the same held-out folds, and agreement between coders beside it.
/// </summary>
/// <remarks>A code is predicted positive on a segment when the suggester emits it with a score of at least 0.5 (the
/// score convention of every suggester).</remarks>
public sealed class CrossValidator
{
    private readonly CrossValidationOptions _options;

    /// <summary>Initializes a new instance of the <see cref="CrossValidator"/> class.</summary>
    /// <param name="options">Folds, seed, codes, threshold reader.</param>
    public CrossValidator(CrossValidationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Folds, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.BatchSize, 1);
        _options = options;
    }

    /// <summary>Assigns the examples to folds exactly as <see cref="Evaluate"/> does (for outside baselines).</summary>
    /// <param name="examples">The examples.</param>
    /// <returns>The fold of each example.</returns>
    public FoldAssignment AssignFolds(IReadOnlyList<TrainingExample> examples) =>
        FoldAssignment.Stratified(examples, _options.Folds, _options.Seed);

    /// <summary>Runs the cross-validation.</summary>
    /// <param name="examples">The human-labelled examples (segment ids unique).</param>
    /// <param name="train">Trains a suggester on a fold's training set; <see langword="null"/> to score the baseline only.</param>
    /// <param name="baseline">An untrained suggester (the codebook rules) scored on the same folds, or <see langword="null"/>.</param>
    /// <param name="coderLabels">Each coder's own decisions, for inter-coder agreement, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops between folds and batches.</param>
    /// <returns>The report.</returns>
    public EvaluationReport Evaluate(
        IReadOnlyList<TrainingExample> examples,
        Func<IReadOnlyList<TrainingExample>, ICodeSuggester>? train,
        ICodeSuggester? baseline,
        IReadOnlyList<CoderLabel>? coderLabels = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(examples);
        var stopwatch = Stopwatch.StartNew();
        var codes = _options.CodeIds?.Order(StringComparer.Ordinal).ToList()
            ?? examples.SelectMany(e => e.Accepted.Concat(e.Rejected)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var assignment = AssignFolds(examples);
        var model = train is null ? null : new FoldScores(codes);
        var rules = baseline is null ? null : new FoldScores(codes);
        for (var fold = 0; fold < _options.Folds; fold++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var heldOut = assignment.HeldOut(examples, fold);
            if (heldOut.Count == 0)
            {
                continue;
            }

            if (model is not null)
            {
                var trained = train!(assignment.TrainingSet(examples, fold));
                try
                {
                    model.Score(heldOut, Predict(trained, heldOut, cancellationToken));
                    if (_options.ThresholdOf is { } thresholdOf)
                    {
                        model.AddThresholds(code => thresholdOf(trained, code));
                    }
                }
                finally
                {
                    (trained as IDisposable)?.Dispose();
                }
            }

            rules?.Score(heldOut, Predict(baseline!, heldOut, cancellationToken));
        }

        var agreement = coderLabels is null ? null : CoderAgreementCalculator.Compute(coderLabels);
        stopwatch.Stop();
        return new EvaluationReport
        {
            Examples = examples.Count,
            Folds = _options.Folds,
            Seed = _options.Seed,
            Model = model?.ToEvaluation("model"),
            Baseline = rules?.ToEvaluation("rules"),
            Agreement = agreement,
            Elapsed = stopwatch.Elapsed,
        };
    }

    private HashSet<(long SegmentId, string CodeId)> Predict(ICodeSuggester suggester, IReadOnlyList<TrainingExample> heldOut, CancellationToken cancellationToken)
    {
        var positives = new HashSet<(long, string)>();
        foreach (var batch in heldOut.Chunk(_options.BatchSize))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var segments = batch.Select(example => new SegmentText(example.SegmentId, example.Text)).ToList();
            foreach (var suggestion in suggester.Suggest(segments, cancellationToken))
            {
                if (suggestion.Score >= CodeSuggestion.Threshold)
                {
                    positives.Add((suggestion.SegmentId, suggestion.CodeId));
                }
            }
        }

        return positives;
    }
}
