using TranscriptMiner.Abstractions;

namespace TranscriptMiner.Core.Extraction;

/// <summary>A document could not be turned into segments: names the file, the kind of failure and the reason.</summary>
/// <remarks>The message reads "<c>{path}: {kind}: {reason}</c>" so that a log line or a terminal shows all three.</remarks>
public sealed class DocumentFailedException : Exception
{
    /// <summary>Initializes a new exception.</summary>
    /// <param name="path">The file concerned.</param>
    /// <param name="kind">Why it failed.</param>
    /// <param name="reason">What went wrong, in words a researcher can act on.</param>
    /// <param name="pluginId">The plugin that was reading it, if any.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    public DocumentFailedException(string path, ExtractionFailureKind kind, string reason, string? pluginId = null, Exception? innerException = null)
        : base($"{path}: {FormatKind(kind)}: {reason}", innerException)
    {
        Path = path;
        Kind = kind;
        Reason = reason;
        PluginId = pluginId;
    }

    /// <summary>Gets the file concerned.</summary>
    public string Path { get; }

    /// <summary>Gets why it failed.</summary>
    public ExtractionFailureKind Kind { get; }

    /// <summary>Gets what went wrong.</summary>
    public string Reason { get; }

    /// <summary>Gets the plugin that was reading the file, if any.</summary>
    public string? PluginId { get; }

    /// <summary>Formats a failure kind the way messages and the catalog show it: <c>too-large</c>, <c>no-text-layer</c>.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The kebab-case name.</returns>
    public static string FormatKind(ExtractionFailureKind kind) => kind switch
    {
        ExtractionFailureKind.Unsupported => "unsupported",
        ExtractionFailureKind.Encrypted => "encrypted",
        ExtractionFailureKind.Corrupt => "corrupt",
        ExtractionFailureKind.NoTextLayer => "no-text-layer",
        ExtractionFailureKind.TooLarge => "too-large",
        ExtractionFailureKind.TimedOut => "timed-out",
        ExtractionFailureKind.Unreadable => "unreadable",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
