using System.Globalization;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.ExceptionServices;
using System.Text.Json;
using Microsoft.ML;
using TranscriptMiner.Core.Coding;

namespace TranscriptMiner.Core.Learning;

/// <summary>
/// A trained set of per-code classifiers with the featurizer they share: versioned, dated, tied to its training set by
/// hash, saved in the workspace's models folder. As a suggester it scores every modelled code on every segment and
/// proposes those scoring 0.5 or more (the code's cross-validated threshold maps to 0.5). Thread-safe.
/// </summary>
public sealed class CodeModelSet : ICodeSuggester
{
    /// <summary>The name of the file in the models folder that names the current version.</summary>
    public const string CurrentFileName = "current";

    /// <summary>The name of a version folder's manifest.</summary>
    public const string ManifestFileName = "manifest.json";

    private const string FeaturizerFileName = "featurizer.bin";
    private const int ParallelBatch = 1024;

    private readonly TextFeaturizer _featurizer;
    private readonly CodeModel[] _models;
    private readonly float[] _weights;
    private readonly float[] _bias;
    private readonly int _stride;

    internal CodeModelSet(TextFeaturizer featurizer, IReadOnlyList<CodeModel> models, IReadOnlyList<UnmodelledCode> unmodelled, DateTimeOffset createdAt, string trainingSetHash, string? version = null)
    {
        _featurizer = featurizer;
        _models = [.. models];
        Unmodelled = unmodelled;
        CreatedAt = createdAt.ToUniversalTime();
        TrainingSetHash = trainingSetHash;
        Version = version ?? CreatedAt.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture) + "-" + trainingSetHash[..Math.Min(8, trainingSetHash.Length)];
        Codes = [.. _models.Select(m => m.Info)];
        CodeIds = _models.Select(m => m.Info.CodeId).ToHashSet(StringComparer.Ordinal);

        // Feature-major weights, each feature's row padded to whole SIMD vectors: one pass over a segment's features
        // accumulates every code's margin.
        var codes = _models.Length;
        _stride = (codes + Vector<float>.Count - 1) / Vector<float>.Count * Vector<float>.Count;
        _weights = new float[featurizer.FeatureCount * _stride];
        _bias = new float[_stride];
        for (var c = 0; c < codes; c++)
        {
            _bias[c] = _models[c].Model.Bias;
            var column = _models[c].Model.Weights;
            for (var f = 0; f < column.Length; f++)
            {
                _weights[(f * _stride) + c] = column[f];
            }
        }
    }

    /// <summary>Gets the version: the UTC creation time and the first 8 hex digits of the training-set hash (sortable).</summary>
    public string Version { get; }

    /// <summary>Gets when the set was trained (UTC).</summary>
    public DateTimeOffset CreatedAt { get; }

    /// <summary>Gets the SHA-256 (hex) over the sorted training examples' texts and labels.</summary>
    public string TrainingSetHash { get; }

    /// <summary>Gets the modelled codes: training counts, trainer, threshold and cross-validated metrics.</summary>
    public IReadOnlyList<CodeModelInfo> Codes { get; }

    /// <summary>Gets the codes seen in training that have no model (too few positives): they stay on rules.</summary>
    public IReadOnlyList<UnmodelledCode> Unmodelled { get; }

    /// <summary>Gets the ids of the modelled codes.</summary>
    public IReadOnlySet<string> CodeIds { get; }

    /// <summary>Loads the version named by <c>modelsFolder/current</c>.</summary>
    /// <param name="modelsFolder">The workspace's models folder.</param>
    /// <returns>The current model set, or <see langword="null"/> when none has been saved.</returns>
    /// <exception cref="ModelSetException">The current file or the set it names is damaged or missing.</exception>
    public static CodeModelSet? LoadCurrent(string modelsFolder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(modelsFolder);
        var currentPath = Path.Combine(modelsFolder, CurrentFileName);
        if (!File.Exists(currentPath))
        {
            return null;
        }

        string version;
        try
        {
            version = File.ReadAllText(currentPath).Trim();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new ModelSetException(currentPath, $"cannot be read ({exception.Message})", exception);
        }

        if (version.Length == 0 || version.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 || version.StartsWith('.'))
        {
            throw new ModelSetException(currentPath, "does not name a model version");
        }

        var folder = Path.Combine(modelsFolder, version);
        return Directory.Exists(folder)
            ? Load(folder)
            : throw new ModelSetException(currentPath, $"names version '{version}', which is not in {modelsFolder}");
    }

    /// <summary>Loads a saved model set from its version folder.</summary>
    /// <param name="folder">The version folder (holding <c>manifest.json</c>).</param>
    /// <returns>The model set.</returns>
    /// <exception cref="ModelSetException">A file is missing or damaged (the exception names it).</exception>
    public static CodeModelSet Load(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        var manifestPath = Path.Combine(folder, ManifestFileName);
        var manifest = ReadManifest(manifestPath);
        var featurizerPath = Path.Combine(folder, SafeFileName(manifest.FeaturizerFile, manifestPath));
        TextFeaturizer featurizer;
        try
        {
            using var stream = File.OpenRead(featurizerPath);
            featurizer = TextFeaturizer.Load(stream);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            throw new ModelSetException(featurizerPath, $"the featurizer cannot be read ({exception.Message})", exception);
        }

        if (featurizer.FeatureCount != manifest.FeatureCount)
        {
            throw new ModelSetException(featurizerPath, $"has {featurizer.FeatureCount} features, the manifest says {manifest.FeatureCount}");
        }

        var models = new CodeModel[manifest.Codes.Count];
        try
        {
            LoadModels(folder, manifestPath, manifest, featurizer, models);
        }
        catch (AggregateException exception) when (exception.InnerExceptions.OfType<ModelSetException>().FirstOrDefault() is { } first)
        {
            ExceptionDispatchInfo.Throw(first);
        }

        return new CodeModelSet(featurizer, models, manifest.Unmodelled, manifest.CreatedAt, manifest.TrainingSetHash, manifest.Version);
    }

    private static void LoadModels(string folder, string manifestPath, ModelSetManifest manifest, TextFeaturizer featurizer, CodeModel[] models) =>
        Parallel.For(0, models.Length, i =>
        {
            var entry = manifest.Codes[i];
            var modelPath = Path.Combine(folder, SafeFileName(entry.ModelFile, manifestPath));
            try
            {
                var ml = new MLContext(0);
                var transformer = ml.Model.Load(modelPath, out var schema);
                var (weights, bias) = MlNetLinearTrainer.ExtractLinear(transformer, featurizer.FeatureCount);
                models[i] = new CodeModel(entry.Info, new LinearModel(transformer, schema, weights, bias), new PlattCalibration(entry.PlattA, entry.PlattB));
            }
            catch (Exception exception) when (exception is not OperationCanceledException and not OutOfMemoryException)
            {
                throw new ModelSetException(modelPath, $"the model of code '{entry.Info.CodeId}' cannot be read ({exception.Message})", exception);
            }
        });

    /// <summary>
    /// Saves the set as <c>modelsFolder/&lt;version&gt;/</c> (manifest, featurizer, one ML.NET model zip per code, written
    /// to a temporary folder first and then moved in place) and then makes it current by replacing <c>modelsFolder/current</c> atomically.
    /// </summary>
    /// <param name="modelsFolder">The workspace's models folder (created if missing).</param>
    /// <returns>The version folder.</returns>
    public string Save(string modelsFolder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(modelsFolder);
        Directory.CreateDirectory(modelsFolder);
        var target = Path.Combine(modelsFolder, Version);
        var temporary = Path.Combine(modelsFolder, $".{Version}.{Guid.NewGuid():N}.tmp");
        Directory.CreateDirectory(temporary);
        try
        {
            using (var stream = File.Create(Path.Combine(temporary, FeaturizerFileName)))
            {
                _featurizer.Save(stream);
            }

            var ml = new MLContext(0);
            var entries = new List<ManifestCode>();
            for (var c = 0; c < _models.Length; c++)
            {
                var model = _models[c];
                var file = $"code-{c:D3}.zip";
                ml.Model.Save(model.Model.Transformer, model.Model.InputSchema, Path.Combine(temporary, file));
                entries.Add(new ManifestCode { Info = model.Info, PlattA = model.Calibration.A, PlattB = model.Calibration.B, ModelFile = file });
            }

            var manifest = new ModelSetManifest
            {
                Format = ModelSetManifest.CurrentFormat,
                Version = Version,
                CreatedAt = CreatedAt,
                TrainingSetHash = TrainingSetHash,
                FeaturizerFile = FeaturizerFileName,
                FeatureCount = _featurizer.FeatureCount,
                Codes = entries,
                Unmodelled = Unmodelled,
            };
            File.WriteAllText(Path.Combine(temporary, ManifestFileName), JsonSerializer.Serialize(manifest, ModelSetManifest.Json));
            if (Directory.Exists(target))
            {
                Directory.Delete(target, recursive: true);
            }

            Directory.Move(temporary, target);
        }
        catch
        {
            if (Directory.Exists(temporary))
            {
                Directory.Delete(temporary, recursive: true);
            }

            throw;
        }

        var currentTemporary = Path.Combine(modelsFolder, $".{CurrentFileName}.{Guid.NewGuid():N}.tmp");
        File.WriteAllText(currentTemporary, Version + "\n");
        File.Move(currentTemporary, Path.Combine(modelsFolder, CurrentFileName), overwrite: true);
        return target;
    }

    /// <inheritdoc/>
    public IReadOnlyList<CodeSuggestion> Suggest(IReadOnlyList<SegmentText> segments, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(segments);
        if (_models.Length == 0 || segments.Count == 0)
        {
            return [];
        }

        if (segments.Count <= ParallelBatch)
        {
            var single = new List<CodeSuggestion>();
            SuggestRange(segments, 0, segments.Count, single, cancellationToken);
            return single;
        }

        var batches = (segments.Count + ParallelBatch - 1) / ParallelBatch;
        var parts = new List<CodeSuggestion>[batches];
        Parallel.For(0, batches, new ParallelOptions { CancellationToken = cancellationToken }, b =>
        {
            parts[b] = [];
            SuggestRange(segments, b * ParallelBatch, Math.Min(segments.Count, (b + 1) * ParallelBatch), parts[b], cancellationToken);
        });
        return [.. parts.SelectMany(p => p)];
    }

    /// <summary>Scores a text on every modelled code, whether or not it reaches 0.5 (for evaluation and review order).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The scores in [0,1] by code id.</returns>
    public IReadOnlyDictionary<string, double> Score(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var margins = new float[_stride];
        Margins(_featurizer.Transform(text.AsSpan()), margins);
        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var c = 0; c < _models.Length; c++)
        {
            scores[_models[c].Info.CodeId] = _models[c].ToScore(margins[c]);
        }

        return scores;
    }

    private static string SafeFileName(string? name, string manifestPath) =>
        !string.IsNullOrWhiteSpace(name) && Path.GetFileName(name) == name && name != ".." && name != "."
            ? name
            : throw new ModelSetException(manifestPath, $"names a file outside its folder ('{name}')");

    private static ModelSetManifest ReadManifest(string manifestPath)
    {
        ModelSetManifest? manifest;
        try
        {
            manifest = JsonSerializer.Deserialize<ModelSetManifest>(File.ReadAllText(manifestPath), ModelSetManifest.Json);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new ModelSetException(manifestPath, $"cannot be read ({exception.Message})", exception);
        }
        catch (Exception exception) when (exception is JsonException or NotSupportedException or ArgumentException)
        {
            throw new ModelSetException(manifestPath, $"is damaged ({exception.Message})", exception);
        }

        if (manifest is null || manifest.Format != ModelSetManifest.CurrentFormat || manifest.Codes is null || manifest.Unmodelled is null
            || manifest.Codes.Any(c => c?.Info?.CodeId is null) || string.IsNullOrEmpty(manifest.TrainingSetHash) || string.IsNullOrEmpty(manifest.Version))
        {
            throw new ModelSetException(manifestPath, "is damaged (not a version-1 model-set manifest)");
        }

        return manifest;
    }

    private void SuggestRange(IReadOnlyList<SegmentText> segments, int from, int to, List<CodeSuggestion> output, CancellationToken cancellationToken)
    {
        var codes = _models.Length;
        var margins = new float[_stride];
        var found = new List<CodeSuggestion>();
        var explainer = new EvidenceExplainer(_featurizer);
        for (var s = from; s < to; s++)
        {
            if ((s & 255) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var segment = segments[s];
            var scratch = _featurizer.Transform(segment.Text.AsSpan());
            Margins(scratch, margins);
            found.Clear();
            var explained = false;
            for (var c = 0; c < codes; c++)
            {
                var score = _models[c].ToScore(margins[c]);
                if (score >= CodeSuggestion.Threshold)
                {
                    if (!explained)
                    {
                        explainer.Load(scratch);
                        explained = true;
                    }

                    found.Add(new CodeSuggestion
                    {
                        SegmentId = segment.SegmentId,
                        CodeId = _models[c].Info.CodeId,
                        Score = score,
                        Source = SuggestionSource.Model,
                        SourceDetail = Version,
                        Evidence = explainer.Explain(_weights, _stride, c),
                    });
                }
            }

            if (found.Count > 1)
            {
                found.Sort((a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : string.CompareOrdinal(a.CodeId, b.CodeId));
            }

            output.AddRange(found);
        }
    }

    private void Margins(FeaturizerScratch scratch, Span<float> margins)
    {
        _bias.CopyTo(margins);
        var accumulators = MemoryMarshal.Cast<float, Vector<float>>(margins);
        var rows = MemoryMarshal.Cast<float, Vector<float>>(_weights.AsSpan());
        var width = accumulators.Length;
        var indices = scratch.Indices.AsSpan(0, scratch.Count);
        var values = scratch.Values.AsSpan(0, scratch.Count);
        for (var i = 0; i < indices.Length; i++)
        {
            var value = new Vector<float>(values[i]);
            var row = rows.Slice(indices[i] * width, width);
            for (var k = 0; k < width; k++)
            {
                accumulators[k] += row[k] * value;
            }
        }
    }
}
