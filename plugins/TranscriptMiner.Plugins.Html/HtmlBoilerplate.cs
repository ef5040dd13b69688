using AngleSharp.Dom;

namespace TranscriptMiner.Plugins.Html;

/// <summary>
/// Decides which elements are page furniture rather than content: scripts, styles, navigation, banners, forms,
/// hidden elements, and elements whose class or id names a cookie banner, breadcrumb, skip link, menu, sidebar,
/// footer or navigation. A <c>header</c> or <c>footer</c> inside an <c>article</c> or <c>main</c> belongs to the
/// content and is kept.
/// </summary>
internal static class HtmlBoilerplate
{
    private static readonly HashSet<string> DroppedTags = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "nav", "aside", "form", "iframe", "svg", "button",
        "select", "object", "embed", "canvas", "dialog",
    };

    private static readonly HashSet<string> DroppedRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "navigation", "search", "complementary",
    };

    private static readonly string[] DroppedNameParts =
        ["cookie", "consent", "breadcrumb", "skip-link", "skiplink", "skip-to", "menu", "sidebar", "footer"];

    /// <summary>Tags whose text is never content, even when flattened.</summary>
    public static bool IsNeverText(string tag) => tag is "script" or "style" or "noscript" or "template" or "svg";

    public static bool ShouldDrop(IElement element, string tag)
    {
        if (DroppedTags.Contains(tag))
        {
            return true;
        }

        if ((tag is "header" or "footer") && !IsInsideArticleOrMain(element))
        {
            return true;
        }

        if (element.HasAttribute("hidden")
            || string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var role = element.GetAttribute("role");
        if (role is not null && DroppedRoles.Contains(role.Trim()))
        {
            return true;
        }

        return NamesFurniture(element.Id) || NamesFurniture(element.ClassName);
    }

    private static bool NamesFurniture(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return false;
        }

        foreach (var part in DroppedNameParts)
        {
            if (name.Contains(part, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return HasNavToken(name);
    }

    /// <summary>"nav" at the start of a word ("nav", "site-nav", "navbar", "mainNav"), not inside one ("unavailable").</summary>
    private static bool HasNavToken(string name)
    {
        var index = name.IndexOf("nav", StringComparison.OrdinalIgnoreCase);
        while (index >= 0)
        {
            if (index == 0 || !char.IsLetter(name[index - 1]) || (char.IsUpper(name[index]) && char.IsLower(name[index - 1])))
            {
                return true;
            }

            index = name.IndexOf("nav", index + 1, StringComparison.OrdinalIgnoreCase);
        }

        return false;
    }

    private static bool IsInsideArticleOrMain(IElement element)
    {
        for (var parent = element.ParentElement; parent is not null; parent = parent.ParentElement)
        {
            if (parent.LocalName is "article" or "main" || string.Equals(parent.GetAttribute("role"), "main", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
