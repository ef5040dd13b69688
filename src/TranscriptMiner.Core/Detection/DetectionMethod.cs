namespace TranscriptMiner.Core.Detection;

/// <summary>What settled a detection result.</summary>
public enum DetectionMethod
{
    /// <summary>A binary signature (magic bytes) or the structure behind it, such as a zip's entry names.</summary>
    MagicBytes,

    /// <summary>The text content itself, such as a <c>WEBVTT</c> header or an HTML tag.</summary>
    Content,

    /// <summary>The file name's extension, used only when the content says nothing more specific.</summary>
    Extension,
}
