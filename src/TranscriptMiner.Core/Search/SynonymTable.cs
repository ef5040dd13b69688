using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using TranscriptMiner.Core.Indexing;

namespace TranscriptMiner.Core.Search;

/// <summary>
/// Parsed synonyms: for a token sequence (tokenized like queries, lower case, possessive removed),
/// the variants it also stands for. Expansion is greedy, longest match first, left to right.
/// </summary>
internal sealed class SynonymTable
{
    private const int MaxAlternatives = 32;
    private readonly Dictionary<string, List<Entry>> _byFirstToken = new(StringComparer.Ordinal);
    private readonly Analyzer _analyzer;

    private SynonymTable(Analyzer analyzer) => _analyzer = analyzer;

    public static SynonymTable Empty(Analyzer analyzer) => new(analyzer);

    public static SynonymTable Parse(string content, Analyzer analyzer)
    {
        var table = new SynonymTable(analyzer);
        foreach (var rawLine in content.Split('\n'))
        {
            var line = rawLine.Trim();
            var hash = line.IndexOf('#', StringComparison.Ordinal);
            if (hash >= 0)
            {
                line = line[..hash].Trim();
            }

            if (line.Length == 0)
            {
                continue;
            }

            var arrow = line.IndexOf("=>", StringComparison.Ordinal);
            if (arrow >= 0)
            {
                var left = table.Variants(line[..arrow]);
                var right = table.Variants(line[(arrow + 2)..]);
                foreach (var variant in left)
                {
                    table.Add(variant, [variant, .. right]);
                }
            }
            else
            {
                var group = table.Variants(line);
                foreach (var variant in group)
                {
                    table.Add(variant, group);
                }
            }
        }

        return table;
    }

    public static SynonymTable Load(string? path, Analyzer analyzer) =>
        path is not null && File.Exists(path) ? Parse(File.ReadAllText(path), analyzer) : Empty(analyzer);

    /// <summary>Tokenizes text the way synonyms are matched.</summary>
    public string[] Tokens(string text)
    {
        var tokens = new List<string>();
        using var stream = _analyzer.GetTokenStream(SegmentAnalyzer.SynonymKeyField, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add(term.ToString());
        }

        stream.End();
        return [.. tokens];
    }

    /// <summary>
    /// The token sequences the text stands for, the text's own sequence first; null when no synonym applies.
    /// </summary>
    public List<string[]>? Expand(string text)
    {
        if (_byFirstToken.Count == 0)
        {
            return null;
        }

        var tokens = Tokens(text);
        var alternatives = new List<List<string>> { new() };
        var matched = false;
        var i = 0;
        while (i < tokens.Length)
        {
            var entry = LongestMatch(tokens, i);
            if (entry is null)
            {
                foreach (var alternative in alternatives)
                {
                    alternative.Add(tokens[i]);
                }

                i++;
                continue;
            }

            matched = true;
            var own = tokens.AsSpan(i, entry.Tokens.Length).ToArray();
            var next = new List<List<string>>();
            foreach (var alternative in alternatives)
            {
                next.Add([.. alternative, .. own]);
                foreach (var variant in entry.Variants)
                {
                    if (next.Count >= MaxAlternatives)
                    {
                        break;
                    }

                    if (!variant.AsSpan().SequenceEqual(own))
                    {
                        next.Add([.. alternative, .. variant]);
                    }
                }
            }

            alternatives = next;
            i += entry.Tokens.Length;
        }

        return matched ? alternatives.Select(a => a.ToArray()).ToList() : null;
    }

    private Entry? LongestMatch(string[] tokens, int start)
    {
        if (!_byFirstToken.TryGetValue(tokens[start], out var entries))
        {
            return null;
        }

        Entry? best = null;
        foreach (var entry in entries)
        {
            if (start + entry.Tokens.Length <= tokens.Length
                && tokens.AsSpan(start, entry.Tokens.Length).SequenceEqual(entry.Tokens)
                && (best is null || entry.Tokens.Length > best.Tokens.Length))
            {
                best = entry;
            }
        }

        return best;
    }

    private List<string[]> Variants(string list) =>
        list.Split(',').Select(v => Tokens(v)).Where(t => t.Length > 0).ToList();

    private void Add(string[] tokens, List<string[]> variants)
    {
        if (!_byFirstToken.TryGetValue(tokens[0], out var entries))
        {
            entries = [];
            _byFirstToken[tokens[0]] = entries;
        }

        var existing = entries.Find(e => e.Tokens.AsSpan().SequenceEqual(tokens));
        if (existing is null)
        {
            entries.Add(new Entry(tokens, [.. variants]));
        }
        else
        {
            foreach (var variant in variants)
            {
                if (!existing.Variants.Exists(v => v.AsSpan().SequenceEqual(variant)))
                {
                    existing.Variants.Add(variant);
                }
            }
        }
    }

    private sealed record Entry(string[] Tokens, List<string[]> Variants);
}
