using DocumentFormat.OpenXml;

namespace TranscriptMiner.Plugins.Docx;

/// <summary>Recognises WordprocessingML elements by namespace and local name.</summary>
internal static class WordNames
{
    /// <summary>The WordprocessingML main namespace (the SDK translates Strict documents to it).</summary>
    internal const string Namespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>Gets the local name of a WordprocessingML element, or null for elements of other namespaces.</summary>
    /// <param name="element">The element.</param>
    /// <returns>The local name, or null.</returns>
    internal static string? LocalName(OpenXmlElement element) =>
        element.NamespaceUri == Namespace ? element.LocalName : null;
}
