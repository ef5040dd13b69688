namespace TranscriptMiner.Core.Catalog;

/// <summary>Where the workspace is and how long catalog writes wait for a busy database.</summary>
/// <remarks>
/// The configuration key <see cref="ConfigurationKey"/> is a plain string (the folder), as in <c>appsettings.json</c>;
/// the host copies it into <see cref="Folder"/>.
/// </remarks>
public sealed class WorkspaceOptions
{
    /// <summary>The configuration key whose string value is the workspace folder.</summary>
    public const string ConfigurationKey = "TranscriptMiner:Workspace";

    /// <summary>The folder used when none is configured.</summary>
    public const string DefaultFolder = "workspace";

    /// <summary>Gets or sets the workspace folder, absolute or relative to the current directory. Default <c>workspace</c>.</summary>
    public string Folder { get; set; } = DefaultFolder;

    /// <summary>Gets or sets how long a catalog statement waits for a lock held by another connection, in seconds. Default 5.</summary>
    public double BusyTimeoutSeconds { get; set; } = 5;

    /// <summary>Gets <see cref="BusyTimeoutSeconds"/> as a time span, clamped to between 0 and 10 minutes.</summary>
    public TimeSpan BusyTimeout => TimeSpan.FromSeconds(Math.Clamp(BusyTimeoutSeconds, 0, 600));
}
