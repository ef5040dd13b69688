namespace TranscriptMiner.Core.Segmentation;

/// <summary>
/// Turns labelled units into parts: groups of consecutive units with one label, split when longer than the word
/// (or character) limit, first at unit boundaries, then at sentence ends, then at spaces, then anywhere; then merges
/// fragments shorter than the minimum into a neighbour of the same provenance.
/// </summary>
internal sealed class SegmentSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "dr.", "mr.", "mrs.", "ms.", "mx.", "prof.", "st.", "no.", "nos.", "e.g.", "i.e.", "eg.", "ie.", "vs.", "cf.",
        "cllr.", "rev.", "revd.", "fig.", "para.", "approx.", "ref.", "vol.", "p.", "pp.", "jan.", "feb.", "mar.",
        "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.", "inc.", "ltd.", "co.",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationLookup =
        Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly int _maxWords;
    private readonly int _minWords;
    private readonly int _maxChars;

    public SegmentSplitter(int maxWords, int minWords)
    {
        _maxWords = maxWords;
        _minWords = minWords;
        _maxChars = Math.Max(200, maxWords * 16);
    }

    public List<SegmentPart> Split(IReadOnlyList<TextUnit> units, IReadOnlyList<SegmentLabel> labels, CancellationToken cancellationToken)
    {
        var parts = new List<SegmentPart>();
        var first = 0;
        while (first < units.Count)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var last = first;
            while (last + 1 < units.Count && ReferenceEquals(labels[last + 1], labels[first]))
            {
                last++;
            }

            SplitGroup(units, first, last, labels[first], parts, cancellationToken);
            first = last + 1;
        }

        return MergeFragments(parts);
    }

    private void SplitGroup(IReadOnlyList<TextUnit> units, int first, int last, SegmentLabel label, List<SegmentPart> parts, CancellationToken cancellationToken)
    {
        SegmentPart? current = null;
        for (var i = first; i <= last; i++)
        {
            var unit = units[i];
            if (unit.Words > _maxWords || unit.Text.Length > _maxChars)
            {
                if (current is not null)
                {
                    parts.Add(current);
                    current = null;
                }

                SplitUnit(unit, label, parts, cancellationToken);
                continue;
            }

            if (current is not null && (current.Words + unit.Words > _maxWords || unit.End - current.Start > _maxChars))
            {
                parts.Add(current);
                current = null;
            }

            if (current is null)
            {
                current = new SegmentPart(label, unit.Start, unit.End, unit.Words, unit.Page) { CueStart = unit.CueStart, CueEnd = unit.CueEnd };
            }
            else
            {
                current.Append(unit.End, unit.Words, unit.Page, unit.Page, unit.CueStart, unit.CueEnd);
            }
        }

        if (current is not null)
        {
            parts.Add(current);
        }
    }

    /// <summary>Splits one overlong unit; every character is looked at a bounded number of times.</summary>
    private void SplitUnit(TextUnit unit, SegmentLabel label, List<SegmentPart> parts, CancellationToken cancellationToken)
    {
        var text = unit.Text;
        var pos = 0;
        while (pos < text.Length)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (end, next) = FindCut(text, pos);
            var words = TextNormalizer.CountWords(text, pos, end);
            parts.Add(new SegmentPart(label, unit.Start + pos, unit.Start + end, words, unit.Page) { CueStart = unit.CueStart, CueEnd = unit.CueEnd });
            pos = next;
        }
    }

    /// <summary>Finds where the part starting at <paramref name="pos"/> ends and where the next one starts.</summary>
    private (int End, int Next) FindCut(string text, int pos)
    {
        var words = 0;
        var lastSentence = -1;
        var lastSpace = -1;
        for (var k = pos; k < text.Length; k++)
        {
            var c = text[k];
            if (c == ' ')
            {
                lastSpace = k;
                if (words >= Math.Max(1, _minWords) && IsSentenceEnd(text, k))
                {
                    lastSentence = k;
                }
            }
            else if (k == pos || text[k - 1] == ' ')
            {
                words++;
                if (words > _maxWords)
                {
                    return CutAt(text, pos, k, lastSentence, lastSpace);
                }
            }

            if (k - pos >= _maxChars)
            {
                return CutAt(text, pos, k, lastSentence, lastSpace);
            }
        }

        return (text.Length, text.Length);
    }

    private static (int End, int Next) CutAt(string text, int pos, int k, int lastSentence, int lastSpace)
    {
        if (lastSentence > pos)
        {
            return (lastSentence, lastSentence + 1);
        }

        if (lastSpace > pos)
        {
            return (lastSpace, lastSpace + 1);
        }

        // No space at all: cut at k, but never between the halves of a surrogate pair.
        var cut = k;
        if (cut > pos + 1 && char.IsLowSurrogate(text[cut]) && char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        return (cut, cut);
    }

    /// <summary>Whether the space at <paramref name="space"/> follows a sentence end and precedes a sentence start.</summary>
    internal static bool IsSentenceEnd(string text, int space)
    {
        if (space < 1 || space + 1 >= text.Length)
        {
            return false;
        }

        var before = space - 1;
        while (before > 0 && space - before < 3 && text[before] is '"' or '\'' or '”' or '’' or ')')
        {
            before--;
        }

        if (text[before] is not ('.' or '?' or '!'))
        {
            return false;
        }

        var after = text[space + 1];
        if (!(char.IsUpper(after) || char.IsDigit(after) || after is '"' or '“' or '‘' or '\'' or '('))
        {
            return false;
        }

        if (text[before] != '.')
        {
            return true;
        }

        // The word that ends with the full stop: abbreviations and initials do not end sentences.
        var wordStart = before;
        while (wordStart > 0 && text[wordStart - 1] != ' ' && before - wordStart < 12)
        {
            wordStart--;
        }

        var word = text.AsSpan(wordStart, before - wordStart + 1);
        if (word.Length == 2 && char.IsUpper(word[0]))
        {
            return false; // an initial such as "A."
        }

        if (IsDottedInitials(word))
        {
            return false; // "J.R." or "U.K."
        }

        return word.Length > 7 || !AbbreviationLookup.Contains(word);
    }

    private static bool IsDottedInitials(ReadOnlySpan<char> word)
    {
        if (word.Length < 4 || word.Length % 2 != 0)
        {
            return false;
        }

        for (var i = 0; i < word.Length; i += 2)
        {
            if (!char.IsLetter(word[i]) || word[i + 1] != '.')
            {
                return false;
            }
        }

        return true;
    }

    private List<SegmentPart> MergeFragments(List<SegmentPart> parts)
    {
        var result = new List<SegmentPart>(parts.Count);
        foreach (var part in parts)
        {
            if (result.Count > 0)
            {
                var previous = result[^1];
                if ((part.Words < _minWords || previous.Words < _minWords)
                    && previous.Label.SameProvenance(part.Label)
                    && previous.Words + part.Words <= _maxWords
                    && part.End - previous.Start <= _maxChars)
                {
                    previous.Absorb(part);
                    continue;
                }
            }

            result.Add(part);
        }

        return result;
    }
}
