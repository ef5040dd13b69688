using System.Text;
using DocumentFormat.OpenXml.Wordprocessing;

namespace TranscriptMiner.Plugins.Docx;

/// <summary>
/// The numbering part of one document plus the running list counters: turns a paragraph's numId and ilvl into the
/// number Word shows (such as <c>4.2</c>, <c>(a)</c> or a bullet). Stateful; one instance per extraction.
/// </summary>
internal sealed class ListNumbering
{
    /// <summary>Word supports nine list levels (0-8).</summary>
    internal const int LevelCount = 9;

    private readonly Dictionary<int, ListLevelDefinition?[]> _abstracts;
    private readonly Dictionary<int, string> _abstractStyleLinks;
    private readonly Dictionary<int, ListInstance> _instances;
    private readonly StyleCatalog _styles;
    private readonly Dictionary<string, ListCounters> _counters = new(StringComparer.Ordinal);

    private ListNumbering(
        Dictionary<int, ListLevelDefinition?[]> abstracts,
        Dictionary<int, string> abstractStyleLinks,
        Dictionary<int, ListInstance> instances,
        StyleCatalog styles)
    {
        _abstracts = abstracts;
        _abstractStyleLinks = abstractStyleLinks;
        _instances = instances;
        _styles = styles;
    }

    /// <summary>Reads the numbering part.</summary>
    /// <param name="numbering">The root of the numbering part, or null when the document has none.</param>
    /// <param name="styles">The document's styles, for style-linked lists.</param>
    /// <returns>The numbering with all counters at their start.</returns>
    internal static ListNumbering Read(Numbering? numbering, StyleCatalog styles)
    {
        var abstracts = new Dictionary<int, ListLevelDefinition?[]>();
        var styleLinks = new Dictionary<int, string>();
        var instances = new Dictionary<int, ListInstance>();
        if (numbering is null)
        {
            return new ListNumbering(abstracts, styleLinks, instances, styles);
        }

        foreach (var abstractNum in numbering.Elements<AbstractNum>())
        {
            if (abstractNum.AbstractNumberId?.Value is not { } id || abstracts.ContainsKey(id))
            {
                continue;
            }

            var levels = new ListLevelDefinition?[LevelCount];
            foreach (var level in abstractNum.Elements<Level>())
            {
                if (level.LevelIndex?.Value is { } index and >= 0 and < LevelCount)
                {
                    levels[index] = ReadLevel(level);
                }
            }

            abstracts[id] = levels;
            var link = abstractNum.GetFirstChild<NumberingStyleLink>()?.Val?.Value;
            if (!string.IsNullOrEmpty(link))
            {
                styleLinks[id] = link;
            }
        }

        foreach (var num in numbering.Elements<NumberingInstance>())
        {
            if (num.NumberID?.Value is not { } numId || num.AbstractNumId?.Val?.Value is not { } abstractId || instances.ContainsKey(numId))
            {
                continue;
            }

            var starts = new Dictionary<int, int>();
            var levels = new Dictionary<int, ListLevelDefinition>();
            foreach (var levelOverride in num.Elements<LevelOverride>())
            {
                if (levelOverride.LevelIndex?.Value is not { } index || index is < 0 or >= LevelCount)
                {
                    continue;
                }

                if (levelOverride.StartOverrideNumberingValue?.Val?.Value is { } start)
                {
                    starts[index] = start;
                }

                if (levelOverride.Level is { } replacement)
                {
                    levels[index] = ReadLevel(replacement);
                }
            }

            instances[numId] = new ListInstance { AbstractId = abstractId, StartOverrides = starts, LevelOverrides = levels };
        }

        return new ListNumbering(abstracts, styleLinks, instances, styles);
    }

    /// <summary>Advances the counters for one numbered paragraph and returns its visible number.</summary>
    /// <param name="numberingId">The paragraph's numId (0 means "no numbering").</param>
    /// <param name="level">The paragraph's ilvl, if given.</param>
    /// <param name="paragraphStyleId">The paragraph's style, used to find the level of a style-linked list.</param>
    /// <returns>The visible number (empty for numFmt none) and level, or null when the paragraph is not numbered.</returns>
    internal (string Number, int Level)? Next(int numberingId, int? level, string? paragraphStyleId)
    {
        if (numberingId <= 0 || !_instances.TryGetValue(numberingId, out var instance))
        {
            return null;
        }

        var levels = ResolveAbstract(instance.AbstractId);
        if (levels is null)
        {
            return null;
        }

        var ilvl = Math.Clamp(level ?? LevelForStyle(levels, paragraphStyleId), 0, LevelCount - 1);
        var definition = Definition(instance, levels, ilvl);
        if (definition is null)
        {
            return null;
        }

        // Instances that restart a list keep their own counters; the rest continue the abstract list they share.
        var key = instance.StartOverrides.Count > 0 || instance.LevelOverrides.Count > 0
            ? "num:" + numberingId.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : "abstract:" + instance.AbstractId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (!_counters.TryGetValue(key, out var counters))
        {
            counters = new ListCounters();
            _counters[key] = counters;
        }

        counters.Advance(ilvl, Start(instance, levels, ilvl));
        return (Render(instance, levels, definition, ilvl, counters), ilvl);
    }

    private static ListLevelDefinition ReadLevel(Level level) => new()
    {
        Start = level.StartNumberingValue?.Val?.Value ?? 0,
        Format = level.NumberingFormat?.Val?.InnerText,
        Template = level.LevelText?.Val?.Value,
        StyleId = level.ParagraphStyleIdInLevel?.Val?.Value,
        IsLegal = StyleCatalog.OnOff(level.IsLegalNumberingStyle) ?? false,
    };

    private static int LevelForStyle(ListLevelDefinition?[] levels, string? styleId)
    {
        if (styleId is not null)
        {
            for (var i = 0; i < levels.Length; i++)
            {
                if (string.Equals(levels[i]?.StyleId, styleId, StringComparison.Ordinal))
                {
                    return i;
                }
            }
        }

        return 0;
    }

    private static ListLevelDefinition? Definition(ListInstance instance, ListLevelDefinition?[] levels, int ilvl) =>
        instance.LevelOverrides.TryGetValue(ilvl, out var replacement) ? replacement : levels[ilvl];

    private static int Start(ListInstance instance, ListLevelDefinition?[] levels, int ilvl) =>
        instance.StartOverrides.TryGetValue(ilvl, out var start) ? start : Definition(instance, levels, ilvl)?.Start ?? 0;

    private static string Render(ListInstance instance, ListLevelDefinition?[] levels, ListLevelDefinition definition, int ilvl, ListCounters counters)
    {
        if (definition.Format == "bullet")
        {
            return NumberFormatter.Bullet;
        }

        if (definition.Format == "none")
        {
            return string.Empty;
        }

        var template = definition.Template ?? "%" + (ilvl + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var text = new StringBuilder(template.Length + 8);
        for (var i = 0; i < template.Length; i++)
        {
            if (template[i] == '%' && i + 1 < template.Length && template[i + 1] is >= '1' and <= '9')
            {
                var referenced = template[i + 1] - '1';
                var value = counters.ValueAt(referenced, Start(instance, levels, referenced));
                var format = definition.IsLegal ? "decimal" : Definition(instance, levels, referenced)?.Format;
                text.Append(NumberFormatter.Format(value, format == "bullet" ? "decimal" : format));
                i++;
            }
            else
            {
                text.Append(template[i]);
            }
        }

        return text.ToString().Trim();
    }

    private ListLevelDefinition?[]? ResolveAbstract(int abstractId)
    {
        // An abstract list may only point at a numbering style, whose own numId names the real definition.
        for (var hop = 0; hop < 4; hop++)
        {
            if (!_abstracts.TryGetValue(abstractId, out var levels))
            {
                return null;
            }

            if (!_abstractStyleLinks.TryGetValue(abstractId, out var styleLink)
                || _styles.InheritedNumbering(styleLink) is not { } linked
                || !_instances.TryGetValue(linked.NumberingId, out var linkedInstance)
                || linkedInstance.AbstractId == abstractId)
            {
                return levels;
            }

            abstractId = linkedInstance.AbstractId;
        }

        return _abstracts.GetValueOrDefault(abstractId);
    }
}
