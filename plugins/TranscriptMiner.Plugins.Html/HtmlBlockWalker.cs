using System.Globalization;
using AngleSharp.Dom;
using TranscriptMiner.Abstractions;

namespace TranscriptMiner.Plugins.Html;

/// <summary>
/// Walks the content element's subtree iteratively (an explicit stack, never recursion) and emits blocks: headings,
/// paragraphs (p, blockquote, pre, dt, dd and any block container with direct text), list items with their visible
/// numbers and nesting levels, and table rows. Elements at or below <see cref="ExtractionLimits.MaxNestingDepth"/>
/// are not walked as structure: their text is appended to the enclosing block and a warning is raised.
/// </summary>
internal sealed class HtmlBlockWalker
{
    private static readonly HashSet<string> InlineTags = new(StringComparer.Ordinal)
    {
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "del", "dfn", "em", "font", "i", "ins", "kbd", "label",
        "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "tt", "u", "var", "wbr", "img",
    };

    private readonly BlockCollector _sink;
    private readonly int _maxDepth;
    private readonly CancellationToken _cancellationToken;
    private readonly List<HtmlBlockContext> _contexts = [];
    private readonly List<HtmlListState> _lists = [];
    private int _visited;

    public HtmlBlockWalker(BlockCollector sink, int maxDepth, CancellationToken cancellationToken)
    {
        _sink = sink;
        _maxDepth = maxDepth;
        _cancellationToken = cancellationToken;
    }

    /// <summary>Gets whether some content was nested too deeply and was read as plain text.</summary>
    public bool DepthLimitReached { get; private set; }

    public void Walk(IElement root)
    {
        _contexts.Clear();
        _lists.Clear();
        _contexts.Add(new HtmlBlockContext(BlockKind.Paragraph));
        var stack = new Stack<(INode Node, int Depth, bool Exit)>();
        stack.Push((root, DepthOf(root), false));
        while (stack.Count > 0)
        {
            var (node, depth, exit) = stack.Pop();
            if ((++_visited & 1023) == 0)
            {
                _cancellationToken.ThrowIfCancellationRequested();
            }

            if (exit)
            {
                Exit((IElement)node);
                continue;
            }

            if (node is IText text)
            {
                _contexts[^1].Text.Append(text.Data);
                continue;
            }

            if (node is not IElement element)
            {
                continue;
            }

            var tag = element.LocalName;
            if (!ReferenceEquals(element, root) && HtmlBoilerplate.ShouldDrop(element, tag))
            {
                continue;
            }

            if (depth >= _maxDepth)
            {
                DepthLimitReached = true;
                _contexts[^1].Text.AppendSpace();
                AppendFlattenedText(element, _contexts[^1].Text);
                continue;
            }

            if (tag == "br")
            {
                _contexts[^1].Text.AppendSpace();
                continue;
            }

            if (tag == "tr")
            {
                FlushTop();
                EmitRow(element);
                continue;
            }

            if (!Enter(element, tag))
            {
                // Inline element: its text flows into the enclosing block.
                PushChildren(stack, element, depth);
                continue;
            }

            stack.Push((element, depth, true));
            PushChildren(stack, element, depth);
        }

        while (_contexts.Count > 0)
        {
            Flush(_contexts[^1]);
            _contexts.RemoveAt(_contexts.Count - 1);
        }
    }

    private static void PushChildren(Stack<(INode Node, int Depth, bool Exit)> stack, IElement element, int depth)
    {
        var children = element.ChildNodes;
        for (var i = children.Length - 1; i >= 0; i--)
        {
            stack.Push((children[i], depth + 1, false));
        }
    }

    /// <summary>Opens a block context for a block-level element; returns false for inline elements.</summary>
    private bool Enter(IElement element, string tag)
    {
        if (InlineTags.Contains(tag) || element is not { NamespaceUri: "http://www.w3.org/1999/xhtml" })
        {
            return false;
        }

        FlushTop();
        HtmlBlockContext context;
        if (tag.Length == 2 && tag[0] == 'h' && tag[1] is >= '1' and <= '6')
        {
            context = new HtmlBlockContext(BlockKind.Heading, headingLevel: tag[1] - '0');
        }
        else if (tag == "li")
        {
            var list = _lists.Count > 0 ? _lists[^1] : null;
            var marker = list?.TakeMarker(element.GetAttribute("value")) ?? "\u2022";
            context = new HtmlBlockContext(BlockKind.ListItem, listNumber: marker, listLevel: Math.Max(0, _lists.Count - 1));
        }
        else if (_contexts[^1] is { Kind: BlockKind.ListItem } item)
        {
            // A block inside a list item (<li><p>text</p></li>) speaks for the item.
            context = new HtmlBlockContext(BlockKind.ListItem, listNumber: item.ListNumber, listLevel: item.ListLevel, listOwner: item.ListOwner ?? item);
        }
        else
        {
            context = new HtmlBlockContext(BlockKind.Paragraph);
        }

        if (tag is "ol" or "ul" or "menu")
        {
            _lists.Add(CreateList(element, tag));
        }

        _contexts.Add(context);
        return true;
    }

    private void Exit(IElement element)
    {
        Flush(_contexts[^1]);
        _contexts.RemoveAt(_contexts.Count - 1);
        if (element.LocalName is "ol" or "ul" or "menu" && _lists.Count > 0)
        {
            _lists.RemoveAt(_lists.Count - 1);
        }
    }

    private void FlushTop() => Flush(_contexts[^1]);

    private void Flush(HtmlBlockContext context)
    {
        var text = context.Text.Take();
        if (text.Length == 0)
        {
            return;
        }

        var owner = context.ListOwner ?? context;
        _sink.Add(context.Kind switch
        {
            BlockKind.Heading => ExtractedBlock.Heading(text, context.HeadingLevel),
            BlockKind.ListItem when !owner.HasEmitted => ExtractedBlock.ListItem(text, context.ListNumber, context.ListLevel),
            _ => ExtractedBlock.Paragraph(text),
        });
        context.HasEmitted = true;
        owner.HasEmitted = true;
    }

    private void EmitRow(IElement row)
    {
        var cells = new List<string>();
        var allHeaders = true;
        foreach (var cell in row.Children)
        {
            if (cell.LocalName is not ("td" or "th"))
            {
                continue;
            }

            allHeaders &= cell.LocalName == "th";
            var text = new CollapsedText();
            AppendFlattenedText(cell, text);
            cells.Add(text.Take());
        }

        if (cells.Count == 0 || cells.TrueForAll(string.IsNullOrEmpty))
        {
            return;
        }

        var isHeader = allHeaders || row.ParentElement?.LocalName == "thead";
        _sink.Add(ExtractedBlock.TableRow(cells, isHeader: isHeader));
    }

    /// <summary>Appends all text under <paramref name="element"/>, iteratively, with a space between block elements.</summary>
    private void AppendFlattenedText(IElement element, CollapsedText target)
    {
        var stack = new Stack<INode>();
        stack.Push(element);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if ((++_visited & 1023) == 0)
            {
                _cancellationToken.ThrowIfCancellationRequested();
            }

            if (node is IText text)
            {
                target.Append(text.Data);
                continue;
            }

            if (node is not IElement child || HtmlBoilerplate.IsNeverText(child.LocalName))
            {
                continue;
            }

            if (!InlineTags.Contains(child.LocalName))
            {
                target.AppendSpace();
            }

            var children = child.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                stack.Push(children[i]);
            }
        }
    }

    private static HtmlListState CreateList(IElement list, string tag)
    {
        if (tag != "ol")
        {
            return new HtmlListState(false, 1, false, null);
        }

        var reversed = list.HasAttribute("reversed");
        var start = int.TryParse(list.GetAttribute("start"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : reversed ? list.Children.Count(c => c.LocalName == "li") : 1;
        return new HtmlListState(true, start, reversed, list.GetAttribute("type"));
    }

    private static int DepthOf(IElement element)
    {
        var depth = 1;
        for (var parent = element.ParentElement; parent is not null; parent = parent.ParentElement)
        {
            depth++;
        }

        return depth;
    }
}
