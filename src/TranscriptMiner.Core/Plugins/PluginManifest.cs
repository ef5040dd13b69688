using System.Text.Json;

namespace TranscriptMiner.Core.Plugins;

/// <summary>A plugin's <c>plugin.json</c>: <c>{"id", "name", "version", "entryAssembly", "formats"}</c>.</summary>
/// <remarks>
/// <c>formats</c> (optional) lists the media types the plugin says it reads; it is shown for a plugin that failed to load.
/// For a loaded plugin the formats its extractors declare are the truth.
/// </remarks>
/// <param name="Id">A short stable id, such as <c>pdf</c>.</param>
/// <param name="Name">A display name.</param>
/// <param name="Version">The plugin's version.</param>
/// <param name="EntryAssembly">The entry assembly, relative to the plugin folder.</param>
public sealed record PluginManifest(string Id, string Name, string Version, string EntryAssembly)
{
    /// <summary>Gets the media types the manifest declares (informational; may be empty).</summary>
    public IReadOnlyList<string> Formats { get; init; } = [];

    /// <summary>The manifest's file name inside a plugin folder.</summary>
    public const string FileName = "plugin.json";

    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 16,
    };

    /// <summary>Parses and validates a manifest.</summary>
    /// <param name="json">The manifest's text.</param>
    /// <returns>The manifest.</returns>
    /// <exception cref="FormatException">The text is not valid JSON, is not an object, or a required field is missing or empty.</exception>
    public static PluginManifest Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using JsonDocument document = JsonDocument.Parse(json, DocumentOptions);
            JsonElement root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new FormatException("plugin.json must be a JSON object");
            }

            return new PluginManifest(
                RequiredString(root, "id"),
                RequiredString(root, "name"),
                RequiredString(root, "version"),
                RequiredString(root, "entryAssembly"))
            {
                Formats = OptionalStrings(root, "formats"),
            };
        }
        catch (JsonException ex)
        {
            throw new FormatException($"plugin.json is not valid JSON: {ex.Message}", ex);
        }
    }

    /// <summary>Resolves <see cref="EntryAssembly"/> inside <paramref name="pluginFolder"/>, refusing any path that leaves it.</summary>
    /// <param name="pluginFolder">The plugin's folder.</param>
    /// <returns>The entry assembly's full path.</returns>
    /// <exception cref="FormatException">The path is absolute, climbs out with <c>..</c>, or goes through a link that leads outside.</exception>
    public string ResolveEntryAssemblyPath(string pluginFolder)
    {
        ArgumentNullException.ThrowIfNull(pluginFolder);
        string folder = Path.TrimEndingDirectorySeparator(Path.GetFullPath(pluginFolder));
        if (Path.IsPathRooted(EntryAssembly))
        {
            throw new FormatException("manifest path leaves the plugin folder");
        }

        string candidate = Path.GetFullPath(Path.Combine(folder, EntryAssembly));
        if (!PluginPaths.IsInside(candidate, folder))
        {
            throw new FormatException("manifest path leaves the plugin folder");
        }

        string realFolder = PluginPaths.RealPath(folder);
        string realCandidate = PluginPaths.RealPath(candidate);
        if (!PluginPaths.IsInside(realCandidate, realFolder) && !PluginPaths.IsInside(realCandidate, folder))
        {
            throw new FormatException("manifest path leaves the plugin folder");
        }

        return candidate;
    }

    private static string RequiredString(JsonElement root, string property)
    {
        if (!root.TryGetProperty(property, out JsonElement value) || value.ValueKind != JsonValueKind.String
            || string.IsNullOrWhiteSpace(value.GetString()))
        {
            throw new FormatException($"plugin.json is missing \"{property}\"");
        }

        return value.GetString()!.Trim();
    }

    private static IReadOnlyList<string> OptionalStrings(JsonElement root, string property)
    {
        if (!root.TryGetProperty(property, out JsonElement value))
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(item => item.ValueKind != JsonValueKind.String))
        {
            throw new FormatException($"plugin.json \"{property}\" must be an array of strings");
        }

        return value.EnumerateArray().Select(item => item.GetString()!.Trim()).Where(item => item.Length > 0).ToList();
    }
}
