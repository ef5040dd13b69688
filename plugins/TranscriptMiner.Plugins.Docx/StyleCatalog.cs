using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace TranscriptMiner.Plugins.Docx;

/// <summary>
/// The styles of one document with their basedOn chains resolved: heading levels, inherited numbering,
/// and default run formatting. One instance per extraction; not shared between threads.
/// </summary>
internal sealed class StyleCatalog
{
    /// <summary>Stops a basedOn loop in a damaged styles part.</summary>
    private const int MaxChainLength = 32;

    private readonly Dictionary<string, StyleDefinition> _styles;
    private readonly RunFormat _documentDefaults;
    private readonly string? _defaultParagraphStyleId;

    private StyleCatalog(Dictionary<string, StyleDefinition> styles, RunFormat documentDefaults, string? language)
    {
        _styles = styles;
        _documentDefaults = documentDefaults;
        Language = language;
        _defaultParagraphStyleId = styles.Values.FirstOrDefault(s => s.IsParagraphStyle && s.IsDefault)?.Id;
    }

    /// <summary>Gets an empty catalog for documents without a styles part.</summary>
    internal static StyleCatalog Empty { get; } = new([], default, null);

    /// <summary>Gets the document's default language from docDefaults, if declared.</summary>
    internal string? Language { get; }

    /// <summary>Reads the styles part.</summary>
    /// <param name="styles">The root of the styles part, or null.</param>
    /// <returns>The catalog.</returns>
    internal static StyleCatalog Read(Styles? styles)
    {
        if (styles is null)
        {
            return Empty;
        }

        var map = new Dictionary<string, StyleDefinition>(StringComparer.Ordinal);
        foreach (var style in styles.Elements<Style>())
        {
            var id = style.StyleId?.Value;
            if (string.IsNullOrEmpty(id) || map.ContainsKey(id))
            {
                continue;
            }

            var pPr = style.GetFirstChild<StyleParagraphProperties>();
            var numPr = pPr?.GetFirstChild<NumberingProperties>();
            var rPr = style.GetFirstChild<StyleRunProperties>();
            map[id] = new StyleDefinition
            {
                Id = id,
                Name = style.GetFirstChild<StyleName>()?.Val?.Value,
                BasedOn = style.GetFirstChild<BasedOn>()?.Val?.Value,
                IsParagraphStyle = style.Type is null || style.Type.Value == StyleValues.Paragraph,
                IsDefault = style.Default?.Value ?? false,
                OutlineLevel = pPr?.GetFirstChild<OutlineLevel>()?.Val?.Value,
                NumberingId = numPr?.GetFirstChild<NumberingId>()?.Val?.Value,
                NumberingLevel = numPr?.GetFirstChild<NumberingLevelReference>()?.Val?.Value,
                Bold = OnOff(rPr?.GetFirstChild<Bold>()),
                Italic = OnOff(rPr?.GetFirstChild<Italic>()),
                FontSizeHalfPoints = HalfPoints(rPr?.GetFirstChild<FontSize>()),
            };
        }

        var defaults = styles.GetFirstChild<DocDefaults>()?.GetFirstChild<RunPropertiesDefault>()?.GetFirstChild<RunPropertiesBaseStyle>();
        var documentDefaults = new RunFormat(
            OnOff(defaults?.GetFirstChild<Bold>()) ?? false,
            OnOff(defaults?.GetFirstChild<Italic>()) ?? false,
            HalfPoints(defaults?.GetFirstChild<FontSize>()));
        var language = defaults?.GetFirstChild<Languages>()?.Val?.Value;
        return new StyleCatalog(map, documentDefaults, string.IsNullOrWhiteSpace(language) ? null : language);
    }

    /// <summary>Reads an on/off property: present without a value means on.</summary>
    /// <param name="element">The property element, or null when absent.</param>
    /// <returns>The value, or null when the property is absent.</returns>
    internal static bool? OnOff(OnOffType? element) => element is null ? null : element.Val is null || element.Val.Value;

    /// <summary>Reads a size in half-points.</summary>
    /// <param name="size">The sz element, or null.</param>
    /// <returns>The size in half-points, or null when absent or unreadable.</returns>
    internal static int? HalfPoints(FontSize? size) =>
        int.TryParse(size?.Val?.Value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : null;

    /// <summary>Gets the paragraph style a paragraph uses: its own pStyle, else the default paragraph style.</summary>
    /// <param name="styleId">The paragraph's pStyle, or null.</param>
    /// <returns>The style id in effect, or null.</returns>
    internal string? EffectiveParagraphStyle(string? styleId) =>
        !string.IsNullOrEmpty(styleId) && _styles.ContainsKey(styleId) ? styleId : _defaultParagraphStyleId;

    /// <summary>Gets the display name of a style (its w:name, else its id).</summary>
    /// <param name="styleId">The style id.</param>
    /// <returns>The name, or null when the id is null.</returns>
    internal string? DisplayName(string? styleId) =>
        styleId is null ? null : _styles.TryGetValue(styleId, out var style) ? style.Name ?? style.Id : styleId;

    /// <summary>Gets the heading level (1-9) a paragraph style gives, or 0 when it is not a heading style.</summary>
    /// <param name="styleId">The paragraph style id.</param>
    /// <returns>The heading level, or 0.</returns>
    internal int HeadingLevel(string? styleId)
    {
        foreach (var style in Chain(styleId))
        {
            if (style.OutlineLevel is { } outline)
            {
                return outline is >= 0 and <= 8 ? outline + 1 : 0;
            }

            var byName = HeadingLevelFromName(style.Id);
            if (byName == 0 && style.Name is not null)
            {
                byName = HeadingLevelFromName(style.Name);
            }

            if (byName > 0)
            {
                return byName;
            }
        }

        return 0;
    }

    /// <summary>Gets the numbering a paragraph style (or a style it is based on) applies, if any.</summary>
    /// <param name="styleId">The paragraph style id.</param>
    /// <returns>The numbering instance id and level (the level may be null), or null.</returns>
    internal (int NumberingId, int? Level)? InheritedNumbering(string? styleId)
    {
        int? level = null;
        foreach (var style in Chain(styleId))
        {
            level ??= style.NumberingLevel;
            if (style.NumberingId is { } numId)
            {
                return (numId, level);
            }
        }

        return null;
    }

    /// <summary>Resolves a run's formatting from its direct properties, its character style and the paragraph style.</summary>
    /// <param name="runProperties">The run's rPr, or null.</param>
    /// <param name="paragraphStyleId">The paragraph style in effect.</param>
    /// <returns>The effective formatting.</returns>
    internal RunFormat ResolveRun(RunProperties? runProperties, string? paragraphStyleId)
    {
        bool? bold = StyleCatalog.OnOff(runProperties?.Bold);
        bool? italic = StyleCatalog.OnOff(runProperties?.Italic);
        int? size = HalfPoints(runProperties?.FontSize);

        var characterStyle = runProperties?.RunStyle?.Val?.Value;
        foreach (var style in Chain(characterStyle).Concat(Chain(paragraphStyleId)))
        {
            bold ??= style.Bold;
            italic ??= style.Italic;
            size ??= style.FontSizeHalfPoints;
        }

        return new RunFormat(
            bold ?? _documentDefaults.Bold,
            italic ?? _documentDefaults.Italic,
            size ?? _documentDefaults.FontSizeHalfPoints);
    }

    private static int HeadingLevelFromName(string name)
    {
        var compact = name.Replace(" ", string.Empty, StringComparison.Ordinal);
        if (compact.Equals("title", StringComparison.OrdinalIgnoreCase))
        {
            return 1;
        }

        return compact.Length == 8
            && compact.StartsWith("heading", StringComparison.OrdinalIgnoreCase)
            && compact[7] is >= '1' and <= '9'
            ? compact[7] - '0'
            : 0;
    }

    private IEnumerable<StyleDefinition> Chain(string? styleId)
    {
        var current = styleId;
        for (var i = 0; i < MaxChainLength && current is not null && _styles.TryGetValue(current, out var style); i++)
        {
            yield return style;
            current = style.BasedOn;
        }
    }
}
