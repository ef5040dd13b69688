using System.Text.Json;

namespace TranscriptMiner.Core.Catalog;

/// <summary>The JSON settings for catalog columns (metadata, heading paths).</summary>
internal static class CatalogJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web);
}
