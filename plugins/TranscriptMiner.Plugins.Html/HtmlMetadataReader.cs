using System.Globalization;
using AngleSharp.Dom;
using TranscriptMiner.Abstractions;

namespace TranscriptMiner.Plugins.Html;

/// <summary>
/// Reads document properties from the head: title from <c>&lt;title&gt;</c> (else the first <c>h1</c>), author from
/// <c>meta name="author"</c>, created from <c>meta name="date"</c>, <c>dcterms.created</c> or
/// <c>article:published_time</c>, modified from <c>dcterms.modified</c> or <c>article:modified_time</c>, subject from
/// <c>meta name="description"</c>, language from <c>&lt;html lang&gt;</c>.
/// </summary>
internal static class HtmlMetadataReader
{
    public static DocumentProperties Read(IDocument document)
    {
        string? author = null, description = null;
        DateTimeOffset? created = null, modified = null;
        foreach (var meta in document.QuerySelectorAll("meta"))
        {
            var name = (meta.GetAttribute("name") ?? meta.GetAttribute("property"))?.Trim().ToLowerInvariant();
            var content = meta.GetAttribute("content")?.Trim();
            if (string.IsNullOrEmpty(name) || string.IsNullOrEmpty(content))
            {
                continue;
            }

            switch (name)
            {
                case "author" or "dc.creator" or "dcterms.creator":
                    author ??= content;
                    break;
                case "description" or "dc.description" or "dcterms.description":
                    description ??= content;
                    break;
                case "date" or "dcterms.created" or "dc.date.created" or "dcterms.date" or "article:published_time":
                    created ??= ParseDate(content);
                    break;
                case "dcterms.modified" or "article:modified_time" or "last-modified":
                    modified ??= ParseDate(content);
                    break;
            }
        }

        return new DocumentProperties
        {
            Title = Collapse(document.Title) ?? Collapse(document.QuerySelector("h1")?.TextContent),
            Author = author,
            Created = created,
            Modified = modified,
            Subject = description,
            Language = NullIfBlank(document.DocumentElement?.GetAttribute("lang") ?? document.DocumentElement?.GetAttribute("xml:lang")),
        };
    }

    private static DateTimeOffset? ParseDate(string value) =>
        DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) ? date : null;

    private static string? Collapse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var collapsed = new CollapsedText();
        collapsed.Append(text);
        return collapsed.Take();
    }

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
