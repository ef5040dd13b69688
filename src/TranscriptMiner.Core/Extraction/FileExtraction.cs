using TranscriptMiner.Abstractions;

namespace TranscriptMiner.Core.Extraction;

/// <summary>A file successfully extracted: where it came from, what it was, who read it, and what it said.</summary>
/// <param name="Path">The file's full path.</param>
/// <param name="FileName">The file's name without its folder.</param>
/// <param name="MediaType">The media type detection settled on.</param>
/// <param name="PluginId">The id of the plugin whose extractor read it.</param>
/// <param name="ExtractorName">The name of the extractor that read it.</param>
/// <param name="Document">The extracted blocks, properties and warnings.</param>
/// <param name="Length">The file's length in bytes, as read.</param>
/// <param name="ContentHash">The SHA-256 of the bytes that were extracted (lower-case hex).</param>
public sealed record FileExtraction(
    string Path,
    string FileName,
    string MediaType,
    string PluginId,
    string ExtractorName,
    ExtractedDocument Document,
    long Length,
    string ContentHash);
