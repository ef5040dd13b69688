using AngleSharp.Dom;

namespace TranscriptMiner.Plugins.Html;

/// <summary>
/// Picks the element holding a page's main content: <c>main</c>, then <c>[role=main]</c>, then a single
/// <c>article</c>, then an element whose id or class names the content ("main-content", "content", "main"),
/// else <c>body</c>. A candidate without any text, or inside page furniture, is passed over.
/// </summary>
internal static class HtmlContentSelector
{
    private static readonly string[] Selectors =
    [
        "main", "[role=main]", "#main-content", "#maincontent", ".main-content", "#content", ".content", "#main",
    ];

    public static IElement Select(IDocument document)
    {
        foreach (var selector in Selectors)
        {
            var candidate = document.QuerySelectorAll(selector).FirstOrDefault(IsAcceptable);
            if (candidate is not null)
            {
                return candidate;
            }

            if (selector == "[role=main]")
            {
                var articles = document.QuerySelectorAll("article");
                if (articles.Length == 1 && IsAcceptable(articles[0]))
                {
                    return articles[0];
                }
            }
        }

        return Fallback(document);
    }

    public static IElement Fallback(IDocument document) =>
        document.Body ?? document.DocumentElement;

    /// <summary>A candidate has text and is not itself, or inside, page furniture (a "content" div in a cookie banner).</summary>
    private static bool IsAcceptable(IElement candidate)
    {
        for (var element = candidate; element is not null; element = element.ParentElement)
        {
            if (element.LocalName is not ("html" or "body") && HtmlBoilerplate.ShouldDrop(element, element.LocalName))
            {
                return false;
            }
        }

        return HasText(candidate);
    }

    /// <summary>Whether any text node under the element has non-white-space content; iterative.</summary>
    private static bool HasText(IElement element)
    {
        var stack = new Stack<INode>();
        stack.Push(element);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node is IText text && !string.IsNullOrWhiteSpace(text.Data))
            {
                return true;
            }

            if (node is IElement child && !HtmlBoilerplate.IsNeverText(child.LocalName))
            {
                foreach (var grandChild in child.ChildNodes)
                {
                    stack.Push(grandChild);
                }
            }
        }

        return false;
    }
}
