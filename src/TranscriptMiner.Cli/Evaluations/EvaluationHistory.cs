using System.Globalization;
using System.Text.Json;
using TranscriptMiner.Core.Catalog;
using TranscriptMiner.Core.Evaluation;

namespace TranscriptMiner.Cli.Evaluations;

/// <summary>
/// The evaluation reports <c>transcriptminer evaluate</c> keeps in <c>workspace/evaluations/</c>: each run's report as
/// <c>--format json</c> writes it, named by its UTC time (<c>20261124T021500123Z.json</c>); the newest <see cref="Kept"/> stay.
/// </summary>
internal static class EvaluationHistory
{
    /// <summary>How many reports are kept.</summary>
    public const int Kept = 20;

    private const string StampFormat = "yyyyMMdd'T'HHmmssfff'Z'";

    /// <summary>Gets the folder of saved reports.</summary>
    /// <param name="layout">The workspace.</param>
    /// <returns>The folder.</returns>
    public static string FolderIn(WorkspaceLayout layout) => Path.Combine(layout.Root, "evaluations");

    /// <summary>Saves a report (temporary file, then rename) and deletes the oldest beyond <see cref="Kept"/>.</summary>
    /// <param name="layout">The workspace.</param>
    /// <param name="report">The report.</param>
    /// <param name="evaluatedAt">When it ran.</param>
    /// <returns>The saved file.</returns>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static string Save(WorkspaceLayout layout, EvaluationReport report, DateTimeOffset evaluatedAt)
    {
        ArgumentNullException.ThrowIfNull(layout);
        var folder = FolderIn(layout);
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, evaluatedAt.UtcDateTime.ToString(StampFormat, CultureInfo.InvariantCulture) + ".json");
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, EvaluationReportFormatter.Format(report, EvaluationReportFormat.Json));
        File.Move(temporary, path, overwrite: true);
        foreach (var old in Files(folder).SkipLast(Kept))
        {
            File.Delete(old.Path);
        }

        return path;
    }

    /// <summary>Reads the saved reports, oldest first; files that cannot be read or parsed are skipped.</summary>
    /// <param name="layout">The workspace.</param>
    /// <returns>The reports.</returns>
    public static IReadOnlyList<SavedEvaluation> Read(WorkspaceLayout layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        var folder = FolderIn(layout);
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var reports = new List<SavedEvaluation>();
        foreach (var (path, at) in Files(folder))
        {
            try
            {
                using var document = JsonDocument.Parse(File.ReadAllText(path));
                reports.Add(Parse(document.RootElement, at));
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or JsonException or InvalidOperationException or KeyNotFoundException or FormatException)
            {
                // A damaged or foreign file: the others still count.
            }
        }

        return reports;
    }

    private static List<(string Path, DateTimeOffset At)> Files(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*.json")
            .Select(path => (Path: path, Stamp: Path.GetFileNameWithoutExtension(path)))
            .Where(f => DateTime.TryParseExact(f.Stamp, StampFormat, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out _))
            .OrderBy(f => f.Stamp, StringComparer.Ordinal)
            .Select(f => (f.Path, new DateTimeOffset(DateTime.ParseExact(f.Stamp, StampFormat, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal), TimeSpan.Zero)))];

    private static SavedEvaluation Parse(JsonElement root, DateTimeOffset at)
    {
        var model = System(root, "model");
        var baseline = System(root, "baseline");
        return new SavedEvaluation
        {
            EvaluatedAt = at,
            Examples = root.GetProperty("examples").GetInt32(),
            Folds = root.GetProperty("folds").GetInt32(),
            MacroF1 = model is { } m ? Number(m, "macro_f1") : null,
            MicroF1 = model is { } n ? Number(n, "micro_f1") : null,
            BaselineMacroF1 = baseline is { } b ? Number(b, "macro_f1") : null,
            Codes = Codes(model),
            BaselineCodes = Codes(baseline),
        };
    }

    private static JsonElement? System(JsonElement root, string name) =>
        root.TryGetProperty(name, out var system) && system.ValueKind == JsonValueKind.Object ? system : null;

    private static List<SavedCodeFigures> Codes(JsonElement? system) =>
        system is { } s && s.TryGetProperty("codes", out var codes) && codes.ValueKind == JsonValueKind.Array
            ? [.. codes.EnumerateArray().Select(c => new SavedCodeFigures(
                c.GetProperty("code").GetString() ?? string.Empty,
                c.GetProperty("count").GetInt32(),
                Number(c, "precision"),
                Number(c, "recall"),
                Number(c, "f1"),
                Number(c, "kappa"),
                Number(c, "threshold")))]
            : [];

    private static double? Number(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDouble() : null;
}
