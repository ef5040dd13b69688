using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using F = TranscriptMiner.Core.Indexing.SegmentFieldNames;

namespace TranscriptMiner.Core.Search;

/// <summary>
/// Builds keyword-in-context snippets: re-analyses the stored text with the index analyzer (stemmed
/// and exact), marks tokens whose analysed form the query matches, and cuts a window of about the
/// requested length holding the most matches. Whitespace runs become single spaces.
/// </summary>
internal sealed class SnippetBuilder(Analyzer analyzer, QueryTermMatcher matcher, int length, string matchStart, string matchEnd)
{
    private const string Ellipsis = "…";

    public string Build(string text)
    {
        var spans = matcher.IsEmpty ? [] : FindMatches(text);
        var width = Math.Max(20, length);
        int windowStart;
        int windowEnd;
        if (spans.Count == 0)
        {
            windowStart = 0;
            windowEnd = Math.Min(text.Length, width);
        }
        else
        {
            (windowStart, windowEnd) = BestWindow(spans, text.Length, width);
        }

        windowStart = AlignStart(text, windowStart, spans);
        windowEnd = AlignEnd(text, windowEnd, spans);
        var builder = new StringBuilder(width + 32);
        if (windowStart > 0)
        {
            builder.Append(Ellipsis);
        }

        var position = windowStart;
        foreach (var (start, end) in spans)
        {
            if (end <= windowStart || start >= windowEnd)
            {
                continue;
            }

            AppendCollapsed(builder, text, position, start);
            builder.Append(matchStart);
            AppendCollapsed(builder, text, start, end);
            builder.Append(matchEnd);
            position = end;
        }

        AppendCollapsed(builder, text, position, windowEnd);
        if (windowEnd < text.Length)
        {
            builder.Append(Ellipsis);
        }

        return builder.ToString().Trim();
    }

    private static (int Start, int End) BestWindow(List<(int Start, int End)> spans, int textLength, int width)
    {
        var bestIndex = 0;
        var bestCount = 0;
        var bestLast = spans[0].End;
        for (var i = 0; i < spans.Count; i++)
        {
            var count = 0;
            var last = spans[i].End;
            for (var j = i; j < spans.Count && spans[j].End - spans[i].Start <= width; j++)
            {
                count++;
                last = spans[j].End;
            }

            if (count > bestCount)
            {
                (bestIndex, bestCount, bestLast) = (i, count, last);
            }
        }

        var covered = bestLast - spans[bestIndex].Start;
        var start = Math.Max(0, spans[bestIndex].Start - Math.Max(0, (width - covered) / 3));
        var end = Math.Min(textLength, start + width);
        start = Math.Max(0, Math.Min(start, end - width));
        return (start, end);
    }

    private static int AlignStart(string text, int start, List<(int Start, int End)> spans)
    {
        if (start == 0)
        {
            return 0;
        }

        var limit = spans.Count > 0 ? spans.Where(s => s.Start >= start).Select(s => s.Start).DefaultIfEmpty(text.Length).First() : text.Length;
        var i = start;
        while (i < limit && i < text.Length && !char.IsWhiteSpace(text[i - 1]))
        {
            i++;
        }

        return i <= limit ? i : start;
    }

    private static int AlignEnd(string text, int end, List<(int Start, int End)> spans)
    {
        if (end >= text.Length)
        {
            return text.Length;
        }

        var floor = spans.Where(s => s.Start < end).Select(s => s.End).DefaultIfEmpty(0).Max();
        var i = end;
        while (i > floor && !char.IsWhiteSpace(text[i]))
        {
            i--;
        }

        return i > floor ? i : Math.Max(end, floor);
    }

    private static void AppendCollapsed(StringBuilder builder, string text, int from, int to)
    {
        var previousSpace = builder.Length > 0 && builder[^1] == ' ';
        for (var i = from; i < to; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                if (!previousSpace)
                {
                    builder.Append(' ');
                }

                previousSpace = true;
            }
            else
            {
                builder.Append(c);
                previousSpace = false;
            }
        }
    }

    private List<(int Start, int End)> FindMatches(string text)
    {
        var spans = new List<(int Start, int End)>();
        Collect(text, F.Text, matcher.MatchesStemmed, spans);
        Collect(text, F.TextExact, matcher.MatchesExact, spans);
        if (spans.Count < 2)
        {
            return spans;
        }

        spans.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        var merged = new List<(int Start, int End)> { spans[0] };
        foreach (var span in spans.Skip(1))
        {
            var last = merged[^1];
            if (span.Start < last.End)
            {
                merged[^1] = (last.Start, Math.Max(last.End, span.End));
            }
            else
            {
                merged.Add(span);
            }
        }

        return merged;
    }

    private void Collect(string text, string field, Func<string, bool> matches, List<(int Start, int End)> spans)
    {
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            if (matches(term.ToString()))
            {
                spans.Add((offset.StartOffset, offset.EndOffset));
            }
        }

        stream.End();
    }
}
